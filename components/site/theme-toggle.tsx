"use client";

import { THEME_STORAGE_KEY } from "./theme-script";

function currentTheme(): "light" | "dark" {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === "light" || chosen === "dark") return chosen;
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** Switches between light and dark and remembers the choice; the system decides until then. */
export function ThemeToggle() {
  const toggle = () => {
    const next = currentTheme() === "dark" ? "light" : "dark";
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage can be unavailable (private mode); the choice then lasts for this page only.
    }
  };
  return (
    <button
      type="button"
      onClick={toggle}
      className="rounded border border-border px-2 py-1 text-sm hover:bg-surface"
      aria-label="Switch between light and dark theme"
      title="Switch between light and dark theme"
    >
      <span aria-hidden="true">◐</span> Theme
    </button>
  );
}
