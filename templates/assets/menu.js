// The small-screen menu. The page marks <html class="js"> before it paints, so the stylesheet can
// start the menu closed without a jump; without JavaScript the menu simply stays open.
(function () {
  var button = document.querySelector('.menu-toggle');
  var menu = document.getElementById('site-menu');
  if (!button || !menu) return;
  function set(open) {
    button.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('open', open);
  }
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
})();
