"use client";

import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useLayoutEffect, useRef, useState } from "react";
import { settleRowAtTop, useKeepRowOnResize } from "./row-at-top";

/**
 * Window-scrolled virtual rows for a <table> whose body is a list of <tbody> items.
 * Returns the virtualizer, a ref for the <table>, and the heights of the spacer rows that
 * stand in for the rows not rendered. `headerHeight` keeps scrolled-to rows clear of the
 * sticky header. The row at the top of the screen stays there when the window's width changes.
 */
export function useWindowRows(count: number, getKey: (index: number) => string, estimate = 34) {
  const tableRef = useRef<HTMLTableElement>(null);
  const [margin, setMargin] = useState({ top: 0, header: 0 });

  useLayoutEffect(() => {
    const measure = () => {
      const t = tableRef.current;
      if (!t) return;
      const header = t.tHead?.getBoundingClientRect().height ?? 0;
      const top = t.getBoundingClientRect().top + window.scrollY + header;
      setMargin((m) => (m.top === top && m.header === header ? m : { top, header }));
    };
    measure();
    const ro = new ResizeObserver(measure);
    if (tableRef.current?.parentElement) ro.observe(tableRef.current.parentElement);
    window.addEventListener("resize", measure);
    return () => {
      ro.disconnect();
      window.removeEventListener("resize", measure);
    };
  }, []);

  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => estimate,
    overscan: 10,
    scrollMargin: margin.top,
    scrollPaddingStart: margin.header + 8,
    getItemKey: getKey,
  });
  useKeepRowOnResize(virtualizer, tableRef);
  /** Bring row `index` to the top (a row anchor), settled as the rows around it are measured. */
  const scrollToRow = useCallback((index: number) => void settleRowAtTop(virtualizer, tableRef.current, index), [virtualizer]);
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const padTop = first ? first.start - margin.top : 0;
  const padBottom = last ? virtualizer.getTotalSize() - (last.end - margin.top) : 0;
  return { virtualizer, tableRef, items, padTop, padBottom, scrollToRow };
}

/**
 * Stands in for the rows not rendered. One plain cell, no colSpan: the row's height is all
 * that matters here, and a cell spanning more columns than the table has would make the
 * fixed layout add phantom columns (squeezing the shown ones).
 */
export function SpacerBody({ height }: { height: number }) {
  if (height <= 0) return null;
  return (
    <tbody aria-hidden="true">
      <tr>
        <td style={{ height, padding: 0, border: 0 }} />
      </tr>
    </tbody>
  );
}
