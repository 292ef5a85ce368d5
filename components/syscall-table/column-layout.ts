import type { TableColumnId } from "@/lib/url-state/table-params";

/**
 * Class per column: widths and responsive hiding live in app/styles/data-tables.css (`.c-*`). The table
 * uses a fixed layout, so the pre-rendered and the virtualized table line up and widths
 * do not jump while scrolling. Short names: they repeat on every cell of the HTML.
 */
export const COLUMN_CLASS: Record<TableColumnId, string> = {
  nr: "c-nr",
  name: "c-name",
  sig: "c-sig",
  entry: "c-entry",
  cat: "c-cat",
};

export const COLUMN_LABEL: Record<TableColumnId, string> = {
  nr: "Number",
  name: "Name",
  sig: "Signature (registers)",
  entry: "Entry point",
  cat: "Categories",
};
