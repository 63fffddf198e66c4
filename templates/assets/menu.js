// The small-screen menu: without this script the menu is simply always shown.
(function () {
  var button = document.querySelector('.menu-toggle');
  var menu = document.getElementById('site-menu');
  if (!button || !menu) return;
  var narrow = window.matchMedia('(max-width: 40rem)');
  function set(open) {
    button.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('closed', !open);
  }
  function fit() {
    button.hidden = !narrow.matches;
    set(!narrow.matches);
  }
  button.addEventListener('click', function () {
    set(button.getAttribute('aria-expanded') !== 'true');
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && narrow.matches && button.getAttribute('aria-expanded') === 'true') {
      set(false);
      button.focus();
    }
  });
  narrow.addEventListener('change', fit);
  fit();
})();
