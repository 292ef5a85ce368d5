/**
 * One ABI's syscall numbers and entry points in one tree: the selected table lines (or
 * asm-generic slots), offsets applied, compat entries attached, ARM private calls added.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AbiRule } from "./abi-rules";
import { archUnistd, findAbiSource, type AbiSource } from "./abi-source";
import { armPrivateCalls, resolveOffset } from "./arch-constants";
import { applyArchRenames, parseEntryAliases, parseUnistdEdits, syscallTableSources } from "./arch-renames";
import { externalCompat, type CompatTable } from "./compat-entries";
import { evalUnistd, includeMap, nameSlots, treeFile } from "./cpp/unistd-eval";
import { NOT_IMPLEMENTED } from "./prototypes";
import { parseTbl, selectTblLines, type TblLine } from "./tbl-parse";

export interface NumberRow {
  nr: number;
  name: string;
  tableAbi: string | null;
  entry: string | null;
  compatEntry: string | null;
  implemented: boolean;
  notes?: string[];
  /** Where the number was read ("file:line"). */
  where: string;
}

export type AbiNumbers =
  | {
      present: true;
      rule: AbiRule;
      rows: NumberRow[];
      /** Tables (or headers) the numbers come from, relative to the tree root. */
      tables: string[];
      /** Every tree file the selection depends on (for the manifest's input hash). */
      inputs: string[];
    }
  | { present: false; rule: AbiRule; reason: string };

const NI = "sys_ni_syscall";

/** `__x64_sys_read` -> `sys_read`, `__ia32_compat_sys_x` -> `compat_sys_x`. */
export function normalizeEntry(sym: string | null): string | null {
  return sym === null ? null : sym.replace(/^__(x64|ia32|x32|arm64|riscv|s390x|s390|loongarch)_(?=(compat_)?sys_)/, "");
}

function row(rule: AbiRule, nr: number, name: string, tableAbi: string | null, native: string | null, compat: string | null | undefined, where: string, notes: string[] = []): NumberRow {
  let entry = normalizeEntry(native);
  let effectiveCompat = compat === undefined ? null : normalizeEntry(compat);
  if (rule.compatOnly) {
    // 31-bit s390 runs only as compat: "-" in the compat column is sys_ni_syscall there.
    if (entry === null) entry = effectiveCompat;
    effectiveCompat ??= entry === null ? null : NI;
  }
  // An empty slot (entry null) and sys_ni_syscall are the same thing to a caller.
  const compatEntry = effectiveCompat !== null && effectiveCompat !== (entry ?? NI) ? effectiveCompat : null;
  const runs = rule.compatOnly ? (effectiveCompat ?? entry) : entry;
  const implemented = runs !== null && !NOT_IMPLEMENTED.has(runs);
  return { nr, name, tableAbi, entry, compatEntry, implemented, where, ...(notes.length ? { notes } : {}) };
}

function tableRows(root: string, rule: AbiRule, source: Extract<AbiSource, { kind: "table" }>, ext: CompatTable | null): NumberRow[] {
  const parsed = new Map<string, TblLine[]>();
  const rows: NumberRow[] = [];
  for (const cmd of source.commands) {
    let lines = parsed.get(cmd.table);
    if (!lines) {
      if (!existsSync(join(root, cmd.table))) throw new Error(`${cmd.table}: missing (${cmd.makefile} generates ${cmd.header} from it)`);
      lines = parseTbl(readFileSync(join(root, cmd.table), "utf8"), cmd.table);
      parsed.set(cmd.table, lines);
    }
    const offset = resolveOffset(root, rule, cmd.offset);
    for (const l of selectTblLines(lines, cmd.abis)) {
      const compat = ext ? (ext.byNr.get(l.nr) ?? NI) : rule.compat === "column" || rule.compat === "generic" ? l.compat : null;
      const notes = l.noreturn ? ["noreturn: does not return to the caller"] : [];
      rows.push(row(rule, offset + l.nr, l.name, l.abi, l.entry, compat, `${l.file}:${l.line}`, notes));
    }
  }
  return rows;
}

function genericRows(root: string, rule: AbiRule, source: Extract<AbiSource, { kind: "asm-generic" }>, ext: CompatTable | null): NumberRow[] {
  const file = treeFile(root, source.archHeader);
  if (!file) throw new Error(`${source.archHeader}: missing`);
  const defines: Record<string, string> = { __BITS_PER_LONG: String(rule.wordBits), ...(rule.wordBits === 64 ? { __LP64__: "1" } : {}) };
  const result = evalUnistd(file, defines, includeMap(root, { "asm-generic/unistd.h": source.genericHeader }));
  return nameSlots(result).map((s) => row(rule, s.nr, s.name, null, s.entry, ext ? (ext.byNr.get(s.nr) ?? NI) : null, s.where));
}

function armPrivateRows(root: string, rule: AbiRule): NumberRow[] {
  return armPrivateCalls(root, rule).map((c) => {
    const hex = `0x${c.nr.toString(16).padStart(6, "0")}`;
    const notes = [`ARM private call __ARM_NR_${c.name} (${hex}), handled by arm_syscall() in arch/arm/kernel/traps.c`];
    if (!c.compat) notes.push("not handled by arm64 kernels running 32-bit code (compat_arm_syscall returns -ENOSYS)");
    return row(rule, c.nr, c.name, "private", "arm_syscall", c.compat ? "compat_arm_syscall" : null, "arch/arm/include/uapi/asm/unistd.h", notes);
  });
}

export function abiNumbers(root: string, rule: AbiRule): AbiNumbers {
  const source = findAbiSource(root, rule);
  if (source.kind === "absent") return { present: false, rule, reason: source.reason };
  const ext = externalCompat(root, rule, source);
  const tableSources: string[] = [];
  let rows = source.kind === "table" ? tableRows(root, rule, source, ext) : genericRows(root, rule, source, ext);
  if (source.kind === "table") {
    // The generated header is included by the arch's uapi unistd.h, which may rename
    // numbers (#define __NR_new + #undef __NR_old): user space sees the arch header.
    const unistd = archUnistd(rule.arch);
    if (existsSync(join(root, unistd))) {
      const edits = parseUnistdEdits(readFileSync(join(root, unistd), "latin1"), unistd);
      if (edits.undefs.size) {
        tableSources.push(...syscallTableSources(root, rule.arch));
        const aliases = tableSources.flatMap((f) => parseEntryAliases(readFileSync(join(root, f), "latin1"), f));
        rows = applyArchRenames(rows, edits, aliases);
      }
    }
  }
  if (rule.armPrivate) rows.push(...armPrivateRows(root, rule));
  rows.sort((a, b) => a.nr - b.nr);
  const tables =
    source.kind === "table" ? [...new Set(source.commands.map((c) => c.table))] : [source.genericHeader, source.archHeader];
  const allTables = [...new Set([...tables, ...(ext?.files ?? [])])];
  const inputs = [...allTables, ...(source.kind === "table" ? source.makeFiles : []), archUnistd(rule.arch), ...tableSources].filter((f) => existsSync(join(root, f)));
  return { present: true, rule, rows, tables: allTables, inputs: [...new Set(inputs)] };
}
