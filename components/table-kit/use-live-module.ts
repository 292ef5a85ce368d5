"use client";

import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import { flushSync } from "react-dom";
import { restoreUi, snapshotUi, type UiSnapshot } from "./ui-snapshot";

/** Signs that someone is about to use the table: any of these loads the live one. */
const INTENT_EVENTS = ["pointermove", "pointerdown", "touchstart", "keydown", "focusin", "wheel", "scroll"] as const;

/**
 * View state in the URL, or signs of use before the page could listen for them: the
 * pointer is over the page, or something has the focus.
 */
function alreadyInUse(): boolean {
  if (window.location.search !== "" || window.location.hash !== "") return true;
  const active = document.activeElement;
  return document.documentElement.matches(":hover") || (active !== null && active !== document.body);
}

/**
 * Loads the live table's module and returns it (null until then). The page first shows
 * the pre-rendered table with its toolbar; the live one (TanStack Table, Virtual, nuqs)
 * is loaded at once when the URL carries view state (a query or a row anchor), otherwise
 * on the first sign of use (the mouse on the page, a touch, a key, focus, a scroll), so a page
 * that is only read costs no more than its hydration. Then it replaces the pre-rendered
 * table in one synchronous commit, carrying over the focus and the open menus (`root` is
 * the element around both).
 */
export function useLiveModule<M>(load: () => Promise<M>, root: RefObject<HTMLElement | null>): M | null {
  const [mod, setMod] = useState<M | null>(null);
  const snapshot = useRef<UiSnapshot | null>(null);
  useEffect(() => {
    let cancelled = false;
    const stop = () => {
      for (const e of INTENT_EVENTS) window.removeEventListener(e, start, true);
    };
    const listen = () => {
      for (const e of INTENT_EVENTS) window.addEventListener(e, start, { capture: true, passive: true });
    };
    function start() {
      stop();
      load().then(
        (m) => {
          if (cancelled) return;
          snapshot.current = root.current ? snapshotUi(root.current) : null;
          flushSync(() => setMod(() => m));
        },
        // Offline or a chunk missing: the pre-rendered table stays; the next sign of use retries.
        () => {
          if (!cancelled) listen();
        },
      );
    }
    if (alreadyInUse()) start();
    else listen();
    return () => {
      cancelled = true;
      stop();
    };
    // `load` is read once, at mount (the page's props do not change), and `root` is a ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useLayoutEffect(() => {
    if (!mod || !snapshot.current || !root.current) return;
    restoreUi(root.current, snapshot.current);
    snapshot.current = null;
  }, [mod, root]);
  return mod;
}
