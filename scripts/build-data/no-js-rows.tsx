/**
 * After `next build`: put each pre-rendered table's remaining rows (everything after the
 * first screen) into the <noscript> of its exported page, where the page left an empty
 * marker (components/table-kit/no-js-rows-marker.ts): the `all` pages
 * (`/linux/<kernel>/all/`) and the one-ABI tables (`/linux/<kernel>/<abi>/`). The rows are
 * rendered with the pages' own row components, so they read exactly as the live ones.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { AllRowView } from "@/components/all-table/all-row";
import { ALL_FIRST_ROWS } from "@/components/all-table/all-table-props";
import { SyscallRowGroup } from "@/components/syscall-table/syscall-row-group";
import { FIRST_ROWS, noJsRowsKey, syscallTableInfo, type SyscallTableInfo } from "@/components/syscall-table/table-props";
import { noJsRowsMarker } from "@/components/table-kit/no-js-rows-marker";
import type { TableData } from "@/lib/data";
import type { AllRow } from "@/lib/data/all-matrix";
import type { TableRow } from "@/lib/data/table-row";
import { TABLE_COLUMNS } from "@/lib/url-state/table-values";

/** One exported page to fill: its folder under out/, its marker's key, the rows' markup. */
export interface NoJsPage {
  dir: string;
  key: string;
  render: () => string;
}

/** `<tbody>` with the `all` rows that follow the first screen, every ABI column shown. */
export function renderAllNoJsRows(kernel: string, rows: readonly AllRow[]): string {
  const cols = rows[0]?.nrs.map((_, i) => i) ?? [];
  return renderToStaticMarkup(
    <tbody>
      {rows.slice(ALL_FIRST_ROWS).map((r) => (
        <AllRowView key={r.name} row={r} cols={cols} kernel={kernel} />
      ))}
    </tbody>,
  );
}

/** One `<tbody>` per syscall (its row and details) for the rows that follow the first screen. */
export function renderTableNoJsRows(table: SyscallTableInfo, rows: readonly TableRow[]): string {
  return renderToStaticMarkup(
    <>
      {rows.slice(FIRST_ROWS).map((row) => (
        <SyscallRowGroup key={row.name} row={row} columns={TABLE_COLUMNS} table={table} />
      ))}
    </>,
  );
}

/** The `all` page of every kernel whose table is longer than the first screen. */
export function allPages(tables: readonly { kernel: string; rows: readonly AllRow[] }[]): NoJsPage[] {
  return tables
    .filter((t) => t.rows.length > ALL_FIRST_ROWS)
    .map((t) => ({ dir: path.join("linux", t.kernel, "all"), key: t.kernel, render: () => renderAllNoJsRows(t.kernel, t.rows) }));
}

/** The table page of every kernel's ABI whose table is longer than the first screen. */
export function tablePages(tables: readonly Pick<TableData, "kernel" | "abi" | "rows">[]): NoJsPage[] {
  return tables
    .filter((t) => t.rows.length > FIRST_ROWS)
    .map((t) => {
      const table = syscallTableInfo(t);
      return { dir: path.join("linux", table.kernel, table.abi.id), key: noJsRowsKey(table), render: () => renderTableNoJsRows(table, t.rows) };
    });
}

/** The page with its marker replaced; an error naming the file unless there is exactly one. */
export function injectNoJsRows(html: string, key: string, markup: string, file: string): string {
  const marker = noJsRowsMarker(key);
  const parts = html.split(marker);
  if (parts.length !== 2) {
    throw new Error(`${file}: expected one ${marker} for the rows without JavaScript, found ${parts.length - 1}`);
  }
  return parts.join(markup);
}

/** Fill every page (temp file then rename: a page is never half-written). */
export function fillNoJsRows(outDir: string, pages: readonly NoJsPage[]): number {
  for (const { dir, key, render } of pages) {
    const file = path.join(outDir, dir, "index.html");
    if (!existsSync(file)) throw new Error(`${file}: missing (the build exported no page for ${key})`);
    const html = injectNoJsRows(readFileSync(file, "utf8"), key, render(), file);
    writeFileSync(`${file}.tmp`, html);
    renameSync(`${file}.tmp`, file);
  }
  return pages.length;
}
