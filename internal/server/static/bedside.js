// Sends the session's CSRF token with every htmx request that changes state.
document.addEventListener("htmx:configRequest", function (e) {
  var top = document.querySelector("[data-csrf]");
  if (top) { e.detail.headers["X-CSRF-Token"] = top.getAttribute("data-csrf"); }
});
