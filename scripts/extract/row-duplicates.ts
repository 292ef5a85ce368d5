/**
 * One ABI must not list a number or a name twice. The schema would catch it in the output
 * file, but the fault is in the tree: report it against the table line that repeats it
 * ("arch/x86/entry/syscalls/syscall_64.tbl:7: nr: duplicate 0 (first on line 2)").
 */
import type { AbiId } from "@/lib/schema/kernel-api";
import type { NumberRow } from "./abi-numbers";

export class DuplicateRowError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "DuplicateRowError";
  }
}

/** "file:line" -> [file, line]; a `where` without a line keeps it whole. */
function splitWhere(where: string): [string, string | null] {
  const m = /^(.*):(\d+)$/.exec(where);
  return m ? [m[1] ?? where, m[2] ?? null] : [where, null];
}

function firstAt(first: string, again: string): string {
  const [firstFile, firstLine] = splitWhere(first);
  const [againFile] = splitWhere(again);
  return firstFile === againFile && firstLine !== null ? `first on line ${firstLine}` : `first at ${first}`;
}

/** Every repeated nr and name among one ABI's rows, as "file:line: field: ..." lines. */
export function duplicateRows(abi: AbiId, rows: readonly NumberRow[]): string[] {
  const problems: string[] = [];
  const seen = { nr: new Map<number, NumberRow>(), name: new Map<string, NumberRow>() };
  // Walk the rows in table order, so "first" is the earlier line.
  const inOrder = [...rows].sort((a, b) => {
    const [fa, la] = splitWhere(a.where);
    const [fb, lb] = splitWhere(b.where);
    return fa === fb ? Number(la ?? 0) - Number(lb ?? 0) : fa < fb ? -1 : 1;
  });
  for (const row of inOrder) {
    const byNr = seen.nr.get(row.nr);
    if (byNr) problems.push(`${row.where}: nr: duplicate ${row.nr} (${firstAt(byNr.where, row.where)}), selected for ${abi}`);
    else seen.nr.set(row.nr, row);
    const byName = seen.name.get(row.name);
    if (byName) problems.push(`${row.where}: name: duplicate ${row.name} (${firstAt(byName.where, row.where)}), selected for ${abi}`);
    else seen.name.set(row.name, row);
  }
  return problems;
}

export function assertNoDuplicateRows(abi: AbiId, rows: readonly NumberRow[]): void {
  const problems = duplicateRows(abi, rows);
  if (problems.length) throw new DuplicateRowError(problems);
}
