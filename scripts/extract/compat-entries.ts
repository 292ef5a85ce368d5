/**
 * Compat entry points that do not sit in the ABI's own table line: arm's come from arm64's
 * AArch32 table, riscv32's (before 6.11) from asm-generic/unistd.h evaluated the way
 * arch/riscv/kernel/compat_syscall_table.c includes it (__SYSCALL_COMPAT on a 64-bit build).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AbiRule } from "./abi-rules";
import { archUnistd, genericMakeSource, GENERIC_UNISTD, MissingBuildFileError, type AbiSource } from "./abi-source";
import { evalUnistd, includeMap, treeFile } from "./cpp/unistd-eval";
import { expandMake } from "./make/make-expand";
import { loadMake } from "./make/syshdr-command";
import { parseTbl, selectTblLines } from "./tbl-parse";

export interface CompatTable {
  /** nr (without offset) -> entry a 64-bit kernel runs. */
  byNr: Map<number, string>;
  files: string[];
}

const ARM64_COMPAT_TBL = "arch/arm64/tools/syscall_32.tbl";
const ARM64_UNISTD32 = "arch/arm64/include/asm/unistd32.h";
const RISCV_COMPAT_TABLE = "arch/riscv/kernel/compat_syscall_table.c";

function slotsByNr(slots: { nr: number; entry: string }[]): Map<number, string> {
  const byNr = new Map<number, string>();
  for (const s of slots) byNr.set(s.nr, s.entry);
  return byNr;
}

function arm64Compat(root: string): CompatTable {
  if (existsSync(join(root, ARM64_COMPAT_TBL))) {
    const make = genericMakeSource(root, "arm64");
    if (!make) throw new Error(`${ARM64_COMPAT_TBL} exists but arm64 has no Makefile.syscalls`);
    const abis = expandMake("$(syscall_abis_32)", loadMake(root, make)).split(/[\s,]+/).filter(Boolean);
    const lines = selectTblLines(parseTbl(readFileSync(join(root, ARM64_COMPAT_TBL), "utf8"), ARM64_COMPAT_TBL), abis);
    const byNr = new Map<number, string>();
    for (const l of lines) byNr.set(l.nr, l.compat ?? l.entry ?? "sys_ni_syscall");
    return { byNr, files: [ARM64_COMPAT_TBL] };
  }
  // Before 6.12 the AArch32 list is written out in unistd32.h as __SYSCALL lines; from 6.12
  // that header only includes the one generated from syscall_32.tbl, so it is no fallback.
  const file = treeFile(root, ARM64_UNISTD32);
  if (!file) throw new MissingBuildFileError(ARM64_COMPAT_TBL, `and no ${ARM64_UNISTD32} either: cannot read arm's compat entries`);
  const slots = evalUnistd(file, {}, () => null).slots;
  if (!slots.length) throw new MissingBuildFileError(ARM64_COMPAT_TBL, `${ARM64_UNISTD32} has no __SYSCALL lines in this tree: arm's compat entries come from the table`);
  return { byNr: slotsByNr(slots), files: [ARM64_UNISTD32] };
}

function riscvCompat(root: string, rule: AbiRule): CompatTable | null {
  if (!existsSync(join(root, RISCV_COMPAT_TABLE))) return null;
  const file = treeFile(root, archUnistd(rule.arch));
  if (!file) return null;
  const defines = { __BITS_PER_LONG: "64", __LP64__: "1", __SYSCALL_COMPAT: "" };
  const result = evalUnistd(file, defines, includeMap(root, { "asm-generic/unistd.h": GENERIC_UNISTD }));
  return { byNr: slotsByNr(result.slots), files: [GENERIC_UNISTD, RISCV_COMPAT_TABLE] };
}

/** Compat entries from outside the ABI's table lines, or null when the lines carry them. */
export function externalCompat(root: string, rule: AbiRule, source: AbiSource): CompatTable | null {
  if (rule.compat === "arm64") return arm64Compat(root);
  if (rule.compat === "generic" && source.kind === "asm-generic") return riscvCompat(root, rule);
  return null;
}
