"use client";

import type { Virtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, type RefObject } from "react";

/** Room left above the row, as when the table scrolls to a row (useWindowRows' scrollPaddingStart). */
const GAP = 8;
/** Frames to spend settling the row after a resize (rows re-measure over a few frames). */
const SETTLE_FRAMES = 30;

/**
 * When the window changes width (a tablet turned, a window resized), rows change height
 * while a virtual list keeps its pixel offset, so the reader would land rows away from
 * where they were (an anchored row out of sight). This keeps the row at the top of the
 * screen at the top: it scrolls to the row, then corrects for rows re-measured at the new
 * width until the row stays put. Height-only changes (a phone's address bar) are left
 * alone, and so is a page scrolled above the table.
 */
export function useKeepRowOnResize(
  virtualizer: Virtualizer<Window, Element>,
  tableRef: RefObject<HTMLTableElement | null>,
  headerHeight: number,
) {
  // A ref, not a dependency: the header's height changes with the width, mid-settling.
  const header = useRef(headerHeight);
  header.current = headerHeight;
  useEffect(() => {
    let width = window.innerWidth;
    let topRow: number | null = null;
    let frame = 0;
    const note = () => {
      if (window.innerWidth !== width || frame !== 0) return; // resizing or settling: keep the row from before
      const edge = window.scrollY + header.current;
      // The first row at least half in sight below the sticky header (a row scrolled to
      // lands a few pixels below it, with a sliver of the row before in sight).
      const first = virtualizer.getVirtualItems().find((i) => i.end - edge > i.size / 2);
      topRow = first && first.start <= edge + first.size ? first.index : null;
    };
    const settle = (row: number, left: number, still: number) => {
      const el = tableRef.current?.querySelector<HTMLElement>(`[data-index="${row}"]`);
      let moved = true;
      if (!el) virtualizer.scrollToIndex(row, { align: "start" });
      else {
        const head = tableRef.current?.tHead?.getBoundingClientRect().height ?? header.current;
        const off = el.getBoundingClientRect().top - head - GAP;
        moved = Math.abs(off) > 1;
        if (moved) window.scrollBy(0, off);
      }
      const stillNow = moved ? 0 : still + 1;
      frame = left > 0 && stillNow < 3 ? requestAnimationFrame(() => settle(row, left - 1, stillNow)) : 0;
    };
    const onResize = () => {
      if (window.innerWidth === width) return;
      width = window.innerWidth;
      if (topRow === null) return;
      cancelAnimationFrame(frame);
      const row = topRow;
      frame = requestAnimationFrame(() => settle(row, SETTLE_FRAMES, 0));
    };
    note();
    window.addEventListener("scroll", note, { passive: true });
    window.addEventListener("resize", onResize);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", note);
      window.removeEventListener("resize", onResize);
    };
  }, [virtualizer, tableRef]);
}
