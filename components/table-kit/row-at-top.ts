"use client";

import type { Virtualizer } from "@tanstack/react-virtual";
import { useEffect, type RefObject } from "react";

/** Room left above the row, as when the table scrolls to a row (useWindowRows' scrollPaddingStart). */
const GAP = 8;
/** Frames to spend settling the row (rows below the estimate re-measure over a few frames). */
const SETTLE_FRAMES = 30;

type WindowVirtualizer = Virtualizer<Window, Element>;

/**
 * Where the rows start on screen: below the header row while it sticks to the top of the
 * window, else at the top (a table in a sideways-scrolling box on a phone has its own
 * sticky context, so its header scrolls away with the page).
 */
function headerBottom(table: HTMLTableElement): number {
  const th = table.querySelector("thead th")?.getBoundingClientRect();
  return th && Math.abs(th.top) <= 1 ? th.bottom : 0;
}

/**
 * Scroll row `index` to just below the table's sticky header and keep it there while the
 * rows around it are measured (their heights differ from the estimate, and from one
 * width to another): scroll, then correct by the row's offset each frame until it stays
 * put for 3 frames, then call `onDone`. Returns a function that stops it.
 */
export function settleRowAtTop(
  virtualizer: WindowVirtualizer,
  table: HTMLTableElement | null,
  index: number,
  onDone?: () => void,
): () => void {
  let frame = 0;
  const step = (left: number, still: number) => {
    const el = table?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    let moved = true;
    if (!table || !el) virtualizer.scrollToIndex(index, { align: "start" });
    else {
      const off = el.getBoundingClientRect().top - headerBottom(table) - GAP;
      moved = Math.abs(off) > 1;
      if (moved) window.scrollBy(0, off);
    }
    const stillNow = moved ? 0 : still + 1;
    if (left > 0 && stillNow < 3) frame = requestAnimationFrame(() => step(left - 1, stillNow));
    else onDone?.();
  };
  frame = requestAnimationFrame(() => step(SETTLE_FRAMES, 0));
  return () => cancelAnimationFrame(frame);
}

/**
 * When the window changes width (a tablet turned, a window resized), rows change height
 * while a virtual list keeps its pixel offset, so the reader would land rows away from
 * where they were (an anchored row out of sight). This keeps the row at the top of the
 * screen at the top. Height-only changes (a phone's address bar) are left alone, and so is
 * a page scrolled above the table.
 */
export function useKeepRowOnResize(virtualizer: WindowVirtualizer, tableRef: RefObject<HTMLTableElement | null>) {
  useEffect(() => {
    let width = window.innerWidth;
    let topRow: number | null = null;
    let stop: (() => void) | null = null;
    let pending = 0;
    const note = () => {
      pending = 0;
      // Resizing (a resize event is on its way) or settling: keep the row from before.
      if (window.innerWidth !== width || stop) return;
      // The first row at least half in sight below the sticky header (a row scrolled to
      // lands a few pixels below it, with a sliver of the row before in sight), read off
      // the rows on screen; none while the header is not stuck (the table starts lower down).
      const table = tableRef.current;
      topRow = null;
      if (!table || table.getBoundingClientRect().top >= 0) return;
      const head = headerBottom(table);
      for (const el of table.querySelectorAll<HTMLElement>("[data-index]")) {
        const r = el.getBoundingClientRect();
        if (r.bottom - head <= r.height / 2) continue;
        if (r.top <= head + r.height) topRow = Number(el.dataset.index);
        break;
      }
    };
    const onScroll = () => {
      if (pending === 0) pending = requestAnimationFrame(note);
    };
    const onResize = () => {
      if (window.innerWidth === width) return;
      width = window.innerWidth;
      if (topRow === null) return;
      stop?.();
      stop = settleRowAtTop(virtualizer, tableRef.current, topRow, () => (stop = null));
    };
    note();
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("resize", onResize);
    return () => {
      stop?.();
      cancelAnimationFrame(pending);
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("resize", onResize);
    };
  }, [virtualizer, tableRef]);
}
