/**
 * The row model the table pages render: one syscall on one ABI, with the register each
 * argument travels in already resolved. Derived from the validated data file; plain JSON
 * so it can cross the server/client boundary as props. Empty facts are left out (not
 * null) because every table page carries ~450 of these in its HTML.
 */
import type { AbiInfo } from "@/lib/abi-info";
import { assignRegisters } from "@/lib/registers";
import type { CategoryId, Syscall } from "@/lib/schema/kernel-api";

export interface RowParam {
  name: string;
  type: string;
  /** Registers (or stack slots) the argument occupies. */
  regs: string[];
  /** A register skipped before this argument to align a 64-bit pair. */
  pad?: string;
}

export interface TableRow {
  nr: number;
  name: string;
  implemented: boolean;
  entry: string | null;
  compatEntry?: string;
  /** Null when the data has no prototype for this syscall. */
  params: RowParam[] | null;
  /** Absent when unknown. */
  returnType?: string;
  source?: { file: string; line: number };
  categories: CategoryId[];
  since?: string;
  man: boolean;
  notes?: string[];
}

export function toRowParams(abi: AbiInfo, params: Syscall["params"]): RowParam[] | null {
  if (params === null) return null;
  const slots = assignRegisters(abi, params);
  return params.map((p, i) => {
    const pad = slots[i]?.padding;
    return { name: p.name, type: p.type, regs: slots[i]?.registers ?? [], ...(pad ? { pad } : {}) };
  });
}

export function toTableRow(abi: AbiInfo, s: Syscall): TableRow {
  return {
    nr: s.nr,
    name: s.name,
    implemented: s.implemented,
    entry: s.entry,
    ...(s.compatEntry ? { compatEntry: s.compatEntry } : {}),
    params: toRowParams(abi, s.params),
    ...(s.returnType ? { returnType: s.returnType } : {}),
    ...(s.source ? { source: s.source } : {}),
    categories: s.categories,
    ...(s.since ? { since: s.since } : {}),
    man: s.man,
    ...(s.notes?.length ? { notes: s.notes } : {}),
  };
}

/** Every syscall of one ABI as table rows, in number order. */
export function tableRows(abi: AbiInfo, syscalls: readonly Syscall[]): TableRow[] {
  return syscalls.map((s) => toTableRow(abi, s)).sort((a, b) => a.nr - b.nr);
}

/** "int dfd, const char __user * filename" -- the C parameter list without registers. */
export function paramList(params: readonly { name: string; type: string }[] | null): string {
  if (params === null) return "?";
  if (params.length === 0) return "void";
  return params.map((p) => `${p.type}${p.type.endsWith("*") ? "" : " "}${p.name}`).join(", ");
}

export function hex(n: number): string {
  return `0x${n.toString(16)}`;
}
