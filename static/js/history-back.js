// A button marked data-history-back goes back a page as the browser's own Back does, which
// keeps what was typed in the form there (a link to the form would load it empty).
document.querySelectorAll("[data-history-back]").forEach((button) => {
  button.addEventListener("click", () => history.back());
});
