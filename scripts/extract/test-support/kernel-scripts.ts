/**
 * Test support: run a kernel tree's own header and table generators (scripts/syscallhdr.sh,
 * scripts/syscalltbl.sh) and read back what they write, for the kernel-view real tests.
 * The caller gives the arguments, written out by hand from the tree's Makefiles.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** `#define __NR_x n` / `#define __NR_x (BASE + n)` -> name -> number (BASE = `offset`). */
export function parseDefines(text: string, offset: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.matchAll(/^#define __NR_(\w+)\s+(?:\((\w+) \+ (\d+)\)|(\d+))\s*$/gm)) {
    const name = m[1] ?? "";
    if (name === "syscalls") continue; // --emit-nr's count, inside #ifdef __KERNEL__
    const nr = m[3] !== undefined ? offset + Number(m[3]) : Number(m[4]);
    out.set(name, nr);
  }
  return out;
}

/** scripts/syscallhdr.sh `args` `table` -> name -> number as the generated header defines it. */
export function syscallhdr(root: string, outFile: string, table: string, args: string[], offset = 0): Map<string, number> {
  execFileSync("sh", ["scripts/syscallhdr.sh", ...args, table, outFile], { cwd: root });
  return parseDefines(readFileSync(outFile, "utf8"), offset);
}

export interface Slot {
  native: string;
  /** Third argument of __SYSCALL_WITH_COMPAT / __SYSCALL_COMPAT_NORETURN, if any. */
  compat: string | null;
}

/** The kernel's syscall table per number, from scripts/syscalltbl.sh with the same --abis. */
export function syscalltbl(root: string, outDir: string, table: string, args: string[]): Map<number, Slot> {
  const file = join(outDir, "table.h");
  const abis = args.includes("--abis") ? ["--abis", args[args.indexOf("--abis") + 1] ?? ""] : [];
  execFileSync("sh", ["scripts/syscalltbl.sh", ...abis, table, file], { cwd: root });
  const map = new Map<number, Slot>();
  for (const m of readFileSync(file, "utf8").matchAll(/^__SYSCALL(?:_WITH_COMPAT|_NORETURN|_COMPAT_NORETURN)?\((\d+), (\w+)(?:, (\w+))?\)/gm))
    map.set(Number(m[1]), { native: m[2] ?? "", compat: m[3] ?? null });
  return map;
}
