/**
 * What a reader sees of the toolbar that is not URL state: which control has the focus
 * and which menus are open. Taken from the pre-rendered table just before the live one
 * replaces it, and put back on the live one, so a reader who clicked "Categories" or
 * started typing before it loaded carries on where they were. Controls are matched by
 * `data-testid` (a <summary> by its menu's).
 */
export interface UiSnapshot {
  focus: string | null;
  open: string[];
}

const SUMMARY = " summary";

function controlKey(el: Element | null): string | null {
  if (!el) return null;
  const id = el.getAttribute("data-testid");
  if (id) return id;
  const menu = el.tagName === "SUMMARY" ? el.parentElement?.getAttribute("data-testid") : null;
  return menu ? menu + SUMMARY : null;
}

export function snapshotUi(root: Element): UiSnapshot {
  const active = root.ownerDocument.activeElement;
  return {
    focus: active && root.contains(active) ? controlKey(active) : null,
    open: [...root.querySelectorAll("details[open][data-testid]")].map((d) => d.getAttribute("data-testid") ?? ""),
  };
}

export function restoreUi(root: Element, s: UiSnapshot): void {
  for (const id of s.open) root.querySelector(`details[data-testid="${CSS.escape(id)}"]`)?.setAttribute("open", "");
  if (s.focus === null) return;
  const selector = s.focus.endsWith(SUMMARY)
    ? `details[data-testid="${CSS.escape(s.focus.slice(0, -SUMMARY.length))}"] > summary`
    : `[data-testid="${CSS.escape(s.focus)}"]`;
  const el = root.querySelector(selector);
  if (el instanceof HTMLElement) el.focus({ preventScroll: true });
}
