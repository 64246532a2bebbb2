// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // On wide screens the topic menu is shown open; on phones it stays a button.
  var menu = document.querySelector("details[data-open-on-wide-screens]");
  if (!menu || !window.matchMedia) {
    return;
  }
  var wide = window.matchMedia("(min-width: 60em)");
  function sync() {
    if (wide.matches) {
      menu.setAttribute("open", "");
    } else {
      menu.removeAttribute("open");
    }
  }
  sync();
  wide.addEventListener("change", sync);
})();
