import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ALL_FIRST_ROWS, type AllAbiColumn } from "@/components/all-table/all-table-props";
import { StaticAllTable } from "@/components/all-table/static-all-table";
import { rowFacets } from "@/components/table-kit/row-counts";
import { argCount } from "@/components/syscall-table/arg-count";
import { StaticSyscallTable } from "@/components/syscall-table/static-syscall-table";
import { FIRST_ROWS, syscallTableInfo } from "@/components/syscall-table/table-props";
import { abiInfo } from "@/lib/abi-info";
import type { AllRow } from "@/lib/data/all-matrix";
import { tableRows, type TableRow } from "@/lib/data/table-row";
import { syscall } from "@/lib/data/test-fixtures";
import { allPages, fillNoJsRows, injectNoJsRows, renderAllNoJsRows, renderTableNoJsRows, tablePages } from "./no-js-rows";

const abis: AllAbiColumn[] = [
  { id: "x86_64", label: "x86-64", nrBase: null },
  { id: "arm64", label: "AArch64", nrBase: null },
];
const rows: AllRow[] = Array.from({ length: ALL_FIRST_ROWS + 5 }, (_, i) => ({
  name: `call${String(i).padStart(3, "0")}`,
  nrs: [i, i % 3 === 0 ? null : 1000 + i],
  ni: i === ALL_FIRST_ROWS + 1 ? [0] : [],
  categories: ["file"],
  argc: 1,
}));

/** The page's table as the build exports it (no JavaScript, no interactive table). */
function staticHtml(tableRows: AllRow[]): string {
  return renderToStaticMarkup(
    <StaticAllTable kernel="7.2" abis={abis} firstRows={tableRows.slice(0, ALL_FIRST_ROWS)} facets={rowFacets(tableRows, () => 1)} rowsUrl="/rows.json" />,
  );
}

const rowIds = (html: string) => [...html.matchAll(/<tr id="([^"]+)"/g)].map((m) => m[1]);

describe("rows of the all table for readers without JavaScript", () => {
  it("complete the pre-rendered table: every row once, in order, after the first screen", () => {
    const html = injectNoJsRows(staticHtml(rows), "7.2", renderAllNoJsRows("7.2", rows), "page.html");
    expect(rowIds(html)).toEqual(rows.map((r) => r.name));
    // The later rows sit inside the <noscript>, so browsers with JavaScript never lay them out.
    const start = html.indexOf("<noscript><table");
    const noscript = html.slice(start, html.indexOf("</noscript>", start));
    expect(rowIds(noscript)).toEqual(rows.slice(ALL_FIRST_ROWS).map((r) => r.name));
  });

  it("show each ABI's number, a dash where the ABI lacks the call, and unimplemented slots", () => {
    const tbody = renderAllNoJsRows("7.2", rows);
    const row = (i: number) => tbody.slice(tbody.indexOf(`<tr id="${rows[i]?.name}"`)).split("</tr>")[0] ?? "";
    const first = ALL_FIRST_ROWS + (ALL_FIRST_ROWS % 3 === 0 ? 1 : 0); // a row with both numbers
    expect(row(first)).toContain(`>${first}</td><td>${1000 + first}</td>`);
    const missing = ALL_FIRST_ROWS + 3 - (ALL_FIRST_ROWS % 3); // i % 3 === 0: no arm64 number
    expect(row(missing)).toMatch(/<td class="na">—<\/td>/);
    expect(row(ALL_FIRST_ROWS + 1)).toMatch(new RegExp(`<td class="ni"[^>]*>${ALL_FIRST_ROWS + 1}</td>`));
    expect(row(ALL_FIRST_ROWS + 1)).toContain(`href="/linux/7.2/syscalls/${rows[ALL_FIRST_ROWS + 1]?.name}/"`);
  });

  it("refuse a page without the marker, or with two, naming the file", () => {
    expect(() => injectNoJsRows("<html></html>", "7.2", "<tbody></tbody>", "out/linux/7.2/all/index.html")).toThrow(
      /out\/linux\/7\.2\/all\/index\.html: expected one .* found 0/,
    );
    const twice = staticHtml(rows) + staticHtml(rows);
    expect(() => injectNoJsRows(twice, "7.2", "", "p.html")).toThrow(/found 2/);
  });

  it("leave a table that fits on the first screen without a second table", () => {
    const html = staticHtml(rows.slice(0, ALL_FIRST_ROWS));
    expect(html).not.toContain("<noscript><table");
    expect(rowIds(html)).toHaveLength(ALL_FIRST_ROWS);
  });

  it("fill the exported page in place and leave no temp file; a missing page is an error", () => {
    const out = mkdtempSync(path.join(tmpdir(), "atlas-nojs-"));
    const dir = path.join(out, "linux", "7.2", "all");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "index.html"), `<html><body>${staticHtml(rows)}</body></html>`);
    expect(fillNoJsRows(out, allPages([{ kernel: "7.2", rows }]))).toBe(1);
    expect(rowIds(readFileSync(path.join(dir, "index.html"), "utf8"))).toEqual(rows.map((r) => r.name));
    expect(readdirSync(dir)).toEqual(["index.html"]);
    expect(() => fillNoJsRows(out, allPages([{ kernel: "6.1", rows }]))).toThrow(/linux\/6\.1\/all\/index\.html: missing/);
  });
});

describe("rows of an ABI's table for readers without JavaScript", () => {
  const syscalls = Array.from({ length: FIRST_ROWS + 5 }, (_, i) => syscall(i * 2, `sc${String(i).padStart(3, "0")}`));
  const tRows = tableRows(abiInfo("x86_64"), syscalls);
  const kernel = { id: "7.2", release: "7.2.8", preview: false, debianSource: null, abis: [] };
  const data = (rows: TableRow[]) => ({ kernel, abi: abiInfo("x86_64"), rows });
  const table = syscallTableInfo(data(tRows));
  const page = (r: TableRow[]) =>
    renderToStaticMarkup(
      <StaticSyscallTable {...table} firstRows={r.slice(0, FIRST_ROWS)} facets={rowFacets(r, argCount)} rowsUrl="/rows.json" />,
    );
  const groupIds = (html: string) => [...html.matchAll(/<tbody id="([^"]+)" class="row-group"/g)].map((m) => m[1]);

  it("complete the pre-rendered table: every syscall once, in number order, the later ones inside <noscript>", () => {
    const html = injectNoJsRows(page(tRows), "7.2/x86_64", renderTableNoJsRows(table, tRows), "page.html");
    expect(groupIds(html)).toEqual(syscalls.map((s) => s.name));
    const start = html.indexOf("<noscript><table");
    expect(groupIds(html.slice(start, html.indexOf("</noscript>", start)))).toEqual(syscalls.slice(FIRST_ROWS).map((s) => s.name));
  });

  it("give a later row its registers and its details: number in hex, entry point, source link", () => {
    const markup = renderTableNoJsRows(table, tRows);
    const last = syscalls[FIRST_ROWS + 4]!;
    const group = markup.slice(markup.indexOf(`<tbody id="${last.name}"`));
    expect(group).toContain(`Number ${last.nr} (0x${last.nr.toString(16)})`);
    expect(group).toContain(`sys_${last.name}`);
    expect(group).toMatch(/rdi.*rsi/s);
    expect(group).toContain("Source: fs/open.c:1447");
  });

  it("fill the ABI's page in place; a table that fits on the first screen has no page to fill", () => {
    const out = mkdtempSync(path.join(tmpdir(), "atlas-nojs-"));
    const dir = path.join(out, "linux", "7.2", "x86_64");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "index.html"), `<html><body>${page(tRows)}</body></html>`);
    expect(fillNoJsRows(out, tablePages([data(tRows)]))).toBe(1);
    expect(groupIds(readFileSync(path.join(dir, "index.html"), "utf8"))).toEqual(syscalls.map((s) => s.name));
    expect(tablePages([data(tRows.slice(0, FIRST_ROWS))])).toEqual([]);
    expect(page(tRows.slice(0, FIRST_ROWS))).not.toContain("<noscript><table");
  });
});
