/**
 * After `next build`: put the `all` tables' remaining rows (everything after the first
 * screen) into the <noscript> of each exported `/linux/<kernel>/all/index.html`, where the
 * page left an empty marker (components/all-table/no-js-rows-marker.ts). The rows are
 * rendered with the page's own row component, so they read exactly as the live ones.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { AllRowView } from "@/components/all-table/all-row";
import { ALL_FIRST_ROWS } from "@/components/all-table/all-table-props";
import { noJsRowsMarker } from "@/components/all-table/no-js-rows-marker";
import type { AllRow } from "@/lib/data/all-matrix";

/** `<tbody>` with the rows that follow the first screen, every ABI column shown. */
export function renderNoJsRows(kernel: string, rows: readonly AllRow[]): string {
  const cols = rows[0]?.nrs.map((_, i) => i) ?? [];
  return renderToStaticMarkup(
    <tbody>
      {rows.slice(ALL_FIRST_ROWS).map((r) => (
        <AllRowView key={r.name} row={r} cols={cols} kernel={kernel} />
      ))}
    </tbody>,
  );
}

/** The page with its marker replaced; an error naming the file unless there is exactly one. */
export function injectNoJsRows(html: string, kernel: string, tbody: string, file: string): string {
  const marker = noJsRowsMarker(kernel);
  const parts = html.split(marker);
  if (parts.length !== 2) {
    throw new Error(`${file}: expected one ${marker} for the rows without JavaScript, found ${parts.length - 1}`);
  }
  return parts.join(tbody);
}

/** Fill every built `all` page (temp file then rename: a page is never half-written). */
export function fillNoJsRows(outDir: string, tables: readonly { kernel: string; rows: readonly AllRow[] }[]): number {
  let filled = 0;
  for (const { kernel, rows } of tables) {
    if (rows.length <= ALL_FIRST_ROWS) continue;
    const file = path.join(outDir, "linux", kernel, "all", "index.html");
    if (!existsSync(file)) throw new Error(`${file}: missing (the build exported no all page for Linux ${kernel})`);
    const html = injectNoJsRows(readFileSync(file, "utf8"), kernel, renderNoJsRows(kernel, rows), file);
    writeFileSync(`${file}.tmp`, html);
    renameSync(`${file}.tmp`, file);
    filled += 1;
  }
  return filled;
}
