/**
 * One ABI's table rows as the browser fetches them (`paths.tableRows`): written by the data
 * build, read by the interactive table. Checked here by hand, every field of every row
 * (the browser has no zod on purpose): a wrong number or register must never reach the table.
 */
import { fetchChecked, isCategories, isNr, isObject, isOptString, isStrings } from "./json-guards";
import type { TableRow } from "./table-row";

export interface TableRowsFile {
  kernel: string;
  abi: string;
  rows: TableRow[];
}

function isParam(p: unknown): boolean {
  return isObject(p) && typeof p.name === "string" && typeof p.type === "string" && isStrings(p.regs) && isOptString(p.pad);
}

function isSource(s: unknown): boolean {
  return s === undefined || (isObject(s) && typeof s.file === "string" && isNr(s.line) && s.line > 0);
}

function isRow(r: unknown): r is TableRow {
  return (
    isObject(r) &&
    isNr(r.nr) &&
    typeof r.name === "string" &&
    typeof r.implemented === "boolean" &&
    (r.entry === null || typeof r.entry === "string") &&
    isOptString(r.compatEntry) &&
    (r.params === null || (Array.isArray(r.params) && r.params.every(isParam))) &&
    isOptString(r.returnType) &&
    isSource(r.source) &&
    isCategories(r.categories) &&
    isOptString(r.since) &&
    typeof r.man === "boolean" &&
    (r.notes === undefined || isStrings(r.notes))
  );
}

/** True when `x` holds the rows of exactly this kernel's ABI table. */
export function isTableRowsFile(x: unknown, kernel: string, abi: string): x is TableRowsFile {
  return isObject(x) && x.kernel === kernel && x.abi === abi && Array.isArray(x.rows) && x.rows.every(isRow);
}

/** Fetch and check the rows; rejects (so the caller can retry later) on any failure. */
export async function fetchTableRows(url: string, kernel: string, abi: string): Promise<TableRow[]> {
  const check = (json: unknown): json is TableRowsFile => isTableRowsFile(json, kernel, abi);
  return (await fetchChecked(url, check, `the rows of the ${abi} table at Linux ${kernel}`)).rows;
}
