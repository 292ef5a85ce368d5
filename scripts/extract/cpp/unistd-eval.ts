/**
 * Evaluate a unistd-style header the way the kernel's table sources do: define
 * `__SYSCALL(nr, call)` to capture each table slot, run the preprocessor, then pair every
 * slot with the `__NR_<name>` macro carrying the same number. Used for the generic
 * `asm-generic/unistd.h` ABIs before 6.11, for arm64's older `unistd32.h`, and to read
 * constants such as `__X32_SYSCALL_BIT`, `__NR_Linux` or `__ARM_NR_*`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { evalExpr } from "./cpp-expr";
import { expand, type MacroTable } from "./cpp-macros";
import { runCpp, type SourceFile } from "./cpp-run";
import type { Token } from "./cpp-tokens";

const MARK = "__ATLAS_SYSCALL__";

export interface UnistdSlot {
  nr: number;
  entry: string;
  /** file:line of the `__SYSCALL` use. */
  where: string;
  /** The source text of that use, before macro expansion. */
  raw: string;
}

export interface UnistdResult {
  macros: MacroTable;
  /** Table slots in order of appearance (a later slot for the same nr wins, as in C). */
  slots: UnistdSlot[];
}

/** Read a file of the tree as a preprocessor source, or null if it does not exist. */
export function treeFile(root: string, path: string): SourceFile | null {
  const full = join(root, path);
  return existsSync(full) ? { path, text: readFileSync(full, "utf8") } : null;
}

/** An include resolver mapping `<spec>` to tree paths; anything else is skipped. */
export function includeMap(root: string, map: Record<string, string>): (spec: string) => SourceFile | null {
  return (spec) => {
    const path = map[spec];
    return path ? treeFile(root, path) : null;
  };
}

function collectSlots(tokens: Token[], where: string, raw: string, macros: MacroTable, into: UnistdSlot[]): void {
  const toks = tokens.filter((t) => t.kind !== "space");
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]?.text !== MARK || toks[i + 1]?.text !== "(") continue;
    const args: Token[][] = [[]];
    let depth = 0;
    let j = i + 1;
    for (; j < toks.length; j++) {
      const t = toks[j];
      if (!t) break;
      if (t.text === "(" && depth++ === 0) continue;
      if (t.text === ")" && --depth === 0) break;
      if (t.text === "," && depth === 1) args.push([]);
      else args[args.length - 1]?.push(t);
    }
    i = j;
    const [nrTokens = [], callTokens = []] = args;
    if (args.length !== 2 || callTokens.length !== 1 || callTokens[0]?.kind !== "ident")
      throw new Error(`${where}: __SYSCALL needs (number, symbol), got (${args.map((a) => a.map((t) => t.text).join("")).join(", ")})`);
    let nr: bigint;
    try {
      nr = evalExpr(expand(nrTokens, macros), true);
    } catch (err) {
      throw new Error(`${where}: __SYSCALL number ${nrTokens.map((t) => t.text).join("")}: ${(err as Error).message}`);
    }
    into.push({ nr: Number(nr), entry: callTokens[0].text, where, raw });
  }
}

export function evalUnistd(file: SourceFile, defines: Record<string, string>, resolve: (spec: string) => SourceFile | null): UnistdResult {
  const slots: UnistdSlot[] = [];
  const macros: MacroTable = new Map();
  runCpp(file, {
    defines: { ...defines, "__SYSCALL(nr, call)": `${MARK}(nr, call)` },
    resolve,
    onText: (tokens, where, raw) => collectSlots(tokens, where, raw, macros, slots),
  }, macros);
  return { macros, slots };
}

/** The numeric value of an object-like macro, or null if it is not a number. */
export function macroValue(macros: MacroTable, name: string): number | null {
  const m = macros.get(name);
  if (!m || m.params !== null) return null;
  try {
    return Number(evalExpr(expand([{ kind: "ident", text: name }], macros), true));
  } catch {
    return null;
  }
}

export interface NamedSlot extends UnistdSlot {
  name: string;
}

/**
 * Pair slots with `__NR_<name>` macros by number. When several names share a number, the
 * one written in the slot's own line wins (`__SYSCALL(__NR_or1k_atomic, ...)` although
 * `__NR_or1k_atomic` is defined as `__NR_arch_specific_syscall`). Otherwise a plain alias
 * (`#define __NR_a __NR_b`) yields to a real definition, and a base other definitions are
 * computed from (`__NR_cacheflush (__NR_arch_specific_syscall + 0)`) yields to them.
 * Slots without a name are gaps (`__SYSCALL(7, sys_ni_syscall)`).
 */
export function nameSlots(result: UnistdResult, prefix = "__NR_"): NamedSlot[] {
  const byNr = new Map<number, UnistdSlot>();
  for (const s of result.slots) byNr.set(s.nr, s);
  const names = new Map<number, { name: string; alias: boolean }[]>();
  const usedInExpr = new Set<string>();
  for (const [name, m] of result.macros) {
    if (!name.startsWith(prefix) || m.params !== null) continue;
    const body = m.body.filter((t) => t.kind !== "space");
    const alias = body.length === 1 && body[0]?.kind === "ident" && body[0].text.startsWith(prefix);
    if (!alias) for (const t of body) if (t.kind === "ident" && t.text.startsWith(prefix)) usedInExpr.add(t.text);
    const value = macroValue(result.macros, name);
    if (value === null || !byNr.has(value)) continue;
    names.set(value, [...(names.get(value) ?? []), { name, alias }]);
  }
  const narrow = <T>(list: T[], keep: (x: T) => boolean): T[] => (list.some(keep) ? list.filter(keep) : list);
  const out: NamedSlot[] = [];
  for (const [nr, slot] of [...byNr].sort((a, b) => a[0] - b[0])) {
    let pick = names.get(nr) ?? [];
    const written = pick.filter((n) => new RegExp(`\\b${n.name}\\b`).test(slot.raw));
    if (written.length === 1) pick = written;
    pick = narrow(pick, (n) => !n.alias);
    pick = narrow(pick, (n) => !usedInExpr.has(n.name));
    if (pick.length > 1) throw new Error(`${slot.where}: number ${nr} has several names: ${pick.map((n) => n.name).join(", ")}`);
    const name = pick[0]?.name;
    if (name) out.push({ ...slot, name: name.slice(prefix.length) });
  }
  return out;
}
