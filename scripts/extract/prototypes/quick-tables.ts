/**
 * Test support only (the extractor has its own table parser): a quick read of a kernel
 * tree's syscall tables into (name, entry, compatEntry) rows per ABI, to measure how
 * many entries the prototype resolver can resolve. Whitespace split of the .tbl files;
 * for trees without scripts/syscall.tbl (before 6.11), the asm-generic unistd.h list.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AbiId } from "@/lib/schema/kernel-api";
import { NOT_IMPLEMENTED } from "./resolve-entry";

export interface QuickRow {
  name: string;
  entry: string | null;
  compatEntry: string | null;
}

interface TableSpec {
  file: string;
  abis: string[];
  /** Use the compat column as the entry (a compat-only ABI without its own column). */
  compatAsEntry?: boolean;
}

const GENERIC = "scripts/syscall.tbl";

/** Which table rows belong to each ABI (6.11+ layout). */
export const QUICK_TABLES: Partial<Record<AbiId, TableSpec>> = {
  x86_64: { file: "arch/x86/entry/syscalls/syscall_64.tbl", abis: ["common", "64"] },
  x32: { file: "arch/x86/entry/syscalls/syscall_64.tbl", abis: ["common", "x32"] },
  i386: { file: "arch/x86/entry/syscalls/syscall_32.tbl", abis: ["i386"] },
  arm: { file: "arch/arm/tools/syscall.tbl", abis: ["common", "eabi"] },
  arm64: { file: GENERIC, abis: ["common", "64", "renameat", "rlimit", "memfd_secret"] },
  riscv64: { file: GENERIC, abis: ["common", "64", "riscv", "rlimit", "memfd_secret"] },
  riscv32: { file: GENERIC, abis: ["common", "32", "riscv", "memfd_secret"] },
  loongarch64: { file: GENERIC, abis: ["common", "64"] },
  loongarch32: { file: GENERIC, abis: ["common", "32", "memfd_secret"] },
  csky: { file: GENERIC, abis: ["common", "32", "csky", "time32", "stat64", "rlimit"] },
  openrisc: { file: GENERIC, abis: ["common", "32", "or1k", "time32", "stat64", "rlimit", "renameat"] },
  arc: { file: GENERIC, abis: ["common", "32", "arc", "time32", "renameat", "stat64", "rlimit"] },
  hexagon: { file: GENERIC, abis: ["common", "32", "hexagon", "time32", "stat64", "rlimit", "renameat"] },
  nios2: { file: GENERIC, abis: ["common", "32", "nios2", "time32", "stat64", "renameat", "rlimit"] },
  powerpc64: { file: "arch/powerpc/kernel/syscalls/syscall.tbl", abis: ["common", "nospu", "64"] },
  powerpc: { file: "arch/powerpc/kernel/syscalls/syscall.tbl", abis: ["common", "nospu", "32"] },
  s390x: { file: "arch/s390/kernel/syscalls/syscall.tbl", abis: ["common", "64"] },
  s390: { file: "arch/s390/kernel/syscalls/syscall.tbl", abis: ["common", "32"] },
  "mips-o32": { file: "arch/mips/kernel/syscalls/syscall_o32.tbl", abis: ["o32"] },
  "mips-n32": { file: "arch/mips/kernel/syscalls/syscall_n32.tbl", abis: ["n32"] },
  "mips-n64": { file: "arch/mips/kernel/syscalls/syscall_n64.tbl", abis: ["n64"] },
  sparc64: { file: "arch/sparc/kernel/syscalls/syscall.tbl", abis: ["common", "64"] },
  sparc: { file: "arch/sparc/kernel/syscalls/syscall.tbl", abis: ["common", "32"] },
  alpha: { file: "arch/alpha/kernel/syscalls/syscall.tbl", abis: ["common"] },
  parisc64: { file: "arch/parisc/kernel/syscalls/syscall.tbl", abis: ["common", "64"] },
  parisc: { file: "arch/parisc/kernel/syscalls/syscall.tbl", abis: ["common", "32"] },
  m68k: { file: "arch/m68k/kernel/syscalls/syscall.tbl", abis: ["common"] },
  sh: { file: "arch/sh/kernel/syscalls/syscall.tbl", abis: ["common"] },
  xtensa: { file: "arch/xtensa/kernel/syscalls/syscall.tbl", abis: ["common"] },
  microblaze: { file: "arch/microblaze/kernel/syscalls/syscall.tbl", abis: ["common"] },
};

export function quickRows(treeRoot: string, abi: AbiId): QuickRow[] | null {
  const spec = QUICK_TABLES[abi];
  if (!spec) return null;
  const path = join(treeRoot, spec.file);
  if (!existsSync(path)) {
    if (spec.file === GENERIC) return genericUnistdRows(treeRoot, abi.endsWith("64") ? 64 : 32);
    return null;
  }
  const rows: QuickRow[] = [];
  for (const line of readFileSync(path, "latin1").split("\n")) {
    const t = line.replace(/#.*$/, "").trim().split(/\s+/);
    if (t.length < 3 || !spec.abis.includes(t[1] ?? "")) continue;
    const col = (i: number) => (t[i] && t[i] !== "-" ? t[i] ?? null : null);
    rows.push({ name: t[2] ?? "", entry: col(3), compatEntry: col(4) });
  }
  return rows;
}

/** Pre-6.11 generic ABIs: the __SYSCALL lines of include/uapi/asm-generic/unistd.h. */
function genericUnistdRows(treeRoot: string, bits: 32 | 64): QuickRow[] | null {
  const path = join(treeRoot, "include/uapi/asm-generic/unistd.h");
  if (!existsSync(path)) return null;
  const text = readFileSync(path, "latin1").replace(/\\\n/g, " ");
  const rows: QuickRow[] = [];
  for (const m of text.matchAll(/^(__SYSCALL|__SC_COMP|__SC_3264|__SC_COMP_3264)\(\s*__NR(?:3264)?_(\w+)\s*,([^)]*)\)/gm)) {
    const args = (m[3] ?? "").split(",").map((s) => s.trim());
    const pick =
      m[1] === "__SC_3264" ? (bits === 64 ? args[1] : args[0]) :
      m[1] === "__SC_COMP_3264" ? (bits === 64 ? args[1] : args[0]) : args[0];
    rows.push({ name: m[2] ?? "", entry: pick ?? null, compatEntry: null });
  }
  return rows;
}

/** Implemented on the ABI: some entry it can use (compat only for 32-bit ABIs) is not an ENOSYS stub. */
export function isImplemented(row: QuickRow, wordBits: 32 | 64): boolean {
  const usable = [row.entry, wordBits === 32 ? row.compatEntry : null];
  return usable.some((e) => e !== null && !NOT_IMPLEMENTED.has(e));
}
