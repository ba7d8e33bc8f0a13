// dyads dashboard: small touches only; every page works without this script.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // a story opened at an event (#event-id): mark that event's trigger in the text
  const marked = () => {
    document.querySelectorAll("mark.current").forEach((m) => m.classList.remove("current"));
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    document.querySelectorAll("mark.trigger").forEach((m) => {
      if (m.dataset.event === id) { m.classList.add("current"); m.scrollIntoView({ block: "center" }); }
    });
  };
  window.addEventListener("hashchange", marked);
  marked();
  // coding takes a moment: say so, and keep the button from being pressed twice
  const form = document.querySelector("form.code-form");
  if (form) form.addEventListener("submit", () => {
    const button = form.querySelector("button");
    button.disabled = true;
    button.textContent = "Coding…";
  });
});
