/**
 * Is a table entry ever built for an ABI? A table line can name a symbol that nothing in
 * the tree defines for the ABI's arch (the definition was removed, or lives only under
 * another arch/<other>/): the link then falls back to sys_ni_syscall through kernel/sys_ni.c
 * (COND_SYSCALL), so the call returns ENOSYS, exactly like a sys_ni_syscall line.
 *
 * A definition is a SYSCALL_DEFINEn or COMPAT_SYSCALL_DEFINEn (or a macro tied to them), a C
 * function definition, or an assembly routine (label, ENTRY(...)) in the ABI's arch dir,
 * in generic code or in the ABI's own arch/<arch>/. An arch `#define sys_x sys_y` alias and
 * the C function an assembly-style stub name stands for (`sys32_x` -> `compat_sys_x`) count
 * too, so only entries with nothing at all behind them are reported.
 *
 * Config-only cases (defined in the arch's own dir, but in a file the ABI's kernel never
 * builds) are a short curated table (UNBUILT), each applied only while every definition of
 * the symbol is in the files it names.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findAsmEntries } from "./asm-entry";
import { stripEntryPrefix, stubTargets } from "./entry-names";
import type { SourceIndex } from "./scan-tree";

export interface UnbuiltEntry {
  abi: string;
  symbol: string;
  /** The only files that define the symbol for the ABI's arch. */
  files: string[];
  reason: string;
}

export const UNBUILT: readonly UnbuiltEntry[] = [
  {
    abi: "i386",
    symbol: "sys_map_shadow_stack",
    files: ["arch/x86/kernel/shstk.c"],
    reason:
      "arch/x86/kernel/shstk.c is built only under CONFIG_X86_USER_SHADOW_STACK, which depends on X86_64: ENOSYS on a 32-bit kernel (a 64-bit kernel with shadow stacks serves i386 tasks through its __ia32_ wrapper)",
  },
];

/**
 * `built: null`: nothing defines the symbol, yet kernel/sys_ni.c has no fallback for it either
 * (the link would fail), so something we do not read must define it: left implemented.
 */
export type EntryBuilt = { built: true } | { built: false; note: string } | { built: null; reason: string };

export interface EntryQuery {
  abi: string;
  arch: string;
  /** The symbol the ABI's kernel runs for the call (native, or compat on compat-only ABIs). */
  symbol: string;
}

/** Directories (arch/<x>) that define `sym`, "" for generic code; empty when none. */
function definedIn(index: SourceIndex, sym: string): { dirs: Set<string>; files: Set<string> } {
  const dirs = new Set<string>();
  const files = new Set<string>();
  for (const d of index.definitions.get(sym) ?? []) {
    if (d.kind === "decl") continue;
    dirs.add(d.file.startsWith("arch/") ? `arch/${d.file.split("/")[1] ?? ""}` : "");
    files.add(d.file);
  }
  return { dirs, files };
}

export function entryBuilt(index: SourceIndex, q: EntryQuery): EntryBuilt {
  const own = `arch/${q.arch}`;
  const sym = stripEntryPrefix(q.symbol);
  // The symbol, what the arch #defines it to, and what a stub name stands for.
  const names = new Set<string>([sym]);
  for (let changed = true, i = 0; changed && i < 4; i++) {
    changed = false;
    for (const n of [...names]) {
      for (const a of index.entryAliases.get(q.arch) ?? []) if (a.from === n && !names.has(a.to)) (names.add(a.to), (changed = true));
      for (const t of stubTargets(n)) if (!names.has(t)) (names.add(t), (changed = true));
    }
  }
  const elsewhere = new Set<string>();
  const ownFiles = new Set<string>();
  for (const n of names) {
    if (findAsmEntries(index.treeRoot, q.arch, n).length > 0) return { built: true };
    const { dirs, files } = definedIn(index, n);
    if (dirs.has("")) return { built: true };
    if (dirs.has(own)) for (const f of files) if (f.startsWith(`${own}/`)) ownFiles.add(f);
    for (const d of dirs) if (d !== own) elsewhere.add(d);
  }
  if (ownFiles.size > 0) {
    const u = UNBUILT.find((x) => x.abi === q.abi && x.symbol === sym && [...ownFiles].every((f) => x.files.includes(f)));
    return u ? { built: false, note: `${sym} is not built for ${q.abi}: ${u.reason}` } : { built: true };
  }
  const fallback = sysNiFallback(index.treeRoot, sym);
  if (fallback === null) return { built: null, reason: `no definition of ${sym} found for ${q.arch}, but kernel/sys_ni.c has no fallback for it either` };
  const cond = `ENOSYS here (${fallback} in kernel/sys_ni.c)`;
  if (elsewhere.size > 0) {
    const where = [...elsewhere].sort().join(", ");
    return { built: false, note: `${sym} is only defined under ${where}: ${cond}` };
  }
  return { built: false, note: `no definition of ${sym} in the tree: ${cond}` };
}

const sysNi = new Map<string, string>();

/** The kernel/sys_ni.c line that makes `sym` fall back to sys_ni_syscall, or null. */
export function sysNiFallback(treeRoot: string, sym: string): string | null {
  let text = sysNi.get(treeRoot);
  if (text === undefined) {
    try {
      text = readFileSync(join(treeRoot, "kernel/sys_ni.c"), "latin1");
    } catch {
      text = "";
    }
    sysNi.set(treeRoot, text);
  }
  const m = /^(compat_)?sys_(\w+)$/.exec(sym);
  if (!m?.[2]) return null;
  const macro = m[1] ? "COND_SYSCALL_COMPAT" : "COND_SYSCALL";
  if (new RegExp(`^\\s*${macro}\\(\\s*${m[2]}\\s*\\)`, "m").test(text)) return `${macro}(${m[2]})`;
  if (new RegExp(`^\\s*cond_syscall\\(\\s*${sym}\\s*\\)`, "m").test(text)) return `cond_syscall(${sym})`;
  return null;
}
