"use client";

import { useEffect, useState } from "react";
import { THEME_STORAGE_KEY } from "./theme-script";

type Mode = "system" | "light" | "dark";

const systemDark = () => window.matchMedia("(prefers-color-scheme: dark)").matches;

function readMode(): Mode {
  const chosen = document.documentElement.dataset.theme;
  return chosen === "light" || chosen === "dark" ? chosen : "system";
}

/**
 * The mode after `mode`: system, then the theme the system does not show (so the first
 * click always changes what you see), then the other one, then back to system.
 */
export function nextMode(mode: Mode, dark: boolean): Mode {
  const [first, second]: Mode[] = dark ? ["light", "dark"] : ["dark", "light"];
  if (mode === "system") return first ?? "light";
  return mode === first ? (second ?? "dark") : "system";
}

function apply(mode: Mode) {
  const root = document.documentElement;
  if (mode === "system") delete root.dataset.theme;
  else root.dataset.theme = mode;
  try {
    if (mode === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, mode);
  } catch {
    // Storage can be unavailable (private mode); the choice then lasts for this page only.
  }
}

const LABEL: Record<Mode, string> = { system: "System", light: "Light", dark: "Dark" };

/** Cycles the theme through system, light and dark and remembers the choice; says the current mode. */
export function ThemeToggle() {
  // Unknown until mounted: the static HTML cannot know the stored choice.
  const [mode, setMode] = useState<Mode | null>(null);
  useEffect(() => setMode(readMode()), []);
  const click = () => {
    const next = nextMode(readMode(), systemDark());
    apply(next);
    setMode(next);
  };
  const current = mode ? `Theme: ${LABEL[mode]}` : "Theme";
  const hint = "cycles between system, light and dark";
  return (
    <button
      type="button"
      onClick={click}
      className="rounded border border-border px-2 py-1 text-sm hover:bg-surface"
      aria-label={`${current} (${hint})`}
      title={`${current} (${hint})`}
      data-mode={mode ?? undefined}
    >
      <span aria-hidden="true">◐</span> {mode ? <><span className="max-sm:sr-only">Theme: </span>{LABEL[mode]}</> : "Theme"}
    </button>
  );
}
