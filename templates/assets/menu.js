// The small-screen menu, and folded source lists. The page marks <html class="js"> before it paints, so the
// stylesheet can start the menu closed without a jump; without JavaScript the menu simply stays open.
(function () {
  var button = document.querySelector('.menu-toggle');
  var menu = document.getElementById('site-menu');
  if (button && menu) {
    var set = function (open) {
      button.setAttribute('aria-expanded', String(open));
      menu.classList.toggle('open', open);
    };
    button.addEventListener('click', function () {
      set(button.getAttribute('aria-expanded') !== 'true');
    });
    document.addEventListener('keydown', function (e) {
      var shown = window.getComputedStyle(button).display !== 'none';
      if (e.key === 'Escape' && shown && button.getAttribute('aria-expanded') === 'true') {
        set(false);
        button.focus();
      }
    });
  }
  // A citation number leads to its source even when the source sits in a folded list (browsers that do not
  // unfold <details> for a link's target), and printing shows every source.
  function reveal() {
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    var folded = target && target.closest('details:not([open])');
    if (folded) {
      folded.open = true;
      target.scrollIntoView();
    }
  }
  window.addEventListener('hashchange', reveal);
  reveal();
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details:not([open])').forEach(function (d) {
      d.open = true;
      d.setAttribute('data-print-open', '');
    });
  });
  window.addEventListener('afterprint', function () {
    document.querySelectorAll('details[data-print-open]').forEach(function (d) {
      d.open = false;
      d.removeAttribute('data-print-open');
    });
  });
})();
