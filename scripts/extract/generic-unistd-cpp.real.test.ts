/**
 * Real data, Linux 5.10 and 6.1 (the asm-generic unistd.h era): the real C preprocessor
 * (gcc's cpp, when installed) evaluates each generic ABI's arch/<arch>/include/uapi/asm/unistd.h
 * with __SYSCALL(nr, call) captured, as the kernel's syscall table sources do. Every slot
 * and every __NR_<name> it yields must match our own evaluator's rows. The same is done for
 * riscv32's compat table (__SYSCALL_COMPAT, 6.1) and arm's compat entries from
 * arch/arm64/include/asm/unistd32.h. loongarch32 must be absent from both (no kernel before
 * 6.13 built it; 6.1's arch/loongarch/Kconfig cannot even select 32BIT).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AbiId } from "@/lib/schema/kernel-api";
import { abiNumbers, type NumberRow } from "./abi-numbers";
import { abiRule } from "./abi-rules";
import { kernelTree, TREE_TIMEOUT } from "./test-support/kernel-tree";

const HAVE_CPP = (() => {
  try {
    execFileSync("cpp", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

const GENERIC: AbiId[] = ["arm64", "riscv64", "riscv32", "loongarch64", "loongarch32", "csky", "openrisc", "arc", "hexagon", "nios2"];
const roots = new Map<string, string>();
let stub = "";

beforeAll(async () => {
  if (!HAVE_CPP) return;
  for (const k of ["5.10", "6.1"]) roots.set(k, (await kernelTree(k)).root);
  stub = mkdtempSync(join(tmpdir(), "atlas-cpp-"));
  mkdirSync(join(stub, "asm"));
  writeFileSync(join(stub, "asm/bitsperlong.h"), "/* __BITS_PER_LONG comes from -D */\n");
}, TREE_TIMEOUT);

afterAll(() => {
  if (stub) rmSync(stub, { recursive: true, force: true });
});

/** Sum of a `(a + b)`-style number expression, the only form these headers use. */
function sum(expr: string): number {
  if (!/^[\d\s+()xXa-fA-F]+$/.test(expr)) throw new Error(`unexpected number expression: ${expr}`);
  return expr.replace(/[()]/g, " ").split("+").reduce((n, t) => n + Number(t.trim()), 0);
}

function cpp(root: string, arch: string, header: string, defines: string[], extra = "", flags: string[] = []): string {
  const file = join(stub, "in.c");
  writeFileSync(file, `#include "${join(root, header)}"\n${extra}`);
  const args = [...flags, "-P", "-undef", "-nostdinc", "-I", stub, "-I", join(root, `arch/${arch}/include/uapi`), "-I", join(root, "include/uapi"), ...defines.map((d) => `-D${d}`), file];
  return execFileSync("cpp", args, { encoding: "utf8", maxBuffer: 32 << 20 });
}

interface CppView {
  /** nr -> entry (last slot wins, as in a C designated initializer). */
  slots: Map<number, string>;
  /** name -> nr for every __NR_ macro. */
  names: Map<string, number>;
}

function cppView(root: string, arch: string, header: string, defines: string[]): CppView {
  const slotDef = "__SYSCALL(nr,call)=ATLAS_SLOT(nr,call)";
  const slots = new Map<number, string>();
  for (const m of cpp(root, arch, header, [...defines, slotDef]).matchAll(/ATLAS_SLOT\(([^,]+),\s*(\w+)\s*\)/g)) slots.set(sum(m[1] ?? ""), m[2] ?? "");
  const dump = cpp(root, arch, header, defines, "", ["-dM"]);
  const nrNames = [...dump.matchAll(/^#define __NR_(\w+) /gm)].map((m) => m[1] ?? "");
  const probe = nrNames.map((n) => `ATLAS_NAME ${n} = __NR_${n} ;`).join("\n");
  const names = new Map<string, number>();
  for (const m of cpp(root, arch, header, defines, probe).matchAll(/ATLAS_NAME (\w+) = ([^;]+);/g)) {
    try {
      names.set(m[1] ?? "", sum((m[2] ?? "").trim()));
    } catch {
      /* not a number (e.g. a function-like use): not a syscall number */
    }
  }
  return { slots, names };
}

function expectSame(rows: NumberRow[], view: CppView): void {
  const problems: string[] = [];
  for (const r of rows) {
    if (view.names.get(r.name) !== r.nr) problems.push(`__NR_${r.name}: cpp ${view.names.get(r.name)}, ours ${r.nr}`);
    if (view.slots.get(r.nr) !== r.entry) problems.push(`slot ${r.nr}: cpp ${view.slots.get(r.nr)}, ours ${r.entry}`);
  }
  const ourNrs = new Set(rows.map((r) => r.nr));
  const named = new Set(view.names.values());
  for (const nr of view.slots.keys()) if (named.has(nr) && !ourNrs.has(nr)) problems.push(`slot ${nr} (${view.slots.get(nr)}) has a name but no row`);
  expect(problems).toEqual([]);
  expect(rows.length).toBeGreaterThan(250);
}

describe.skipIf(!HAVE_CPP)("asm-generic unistd.h ABIs equal gcc's preprocessor", () => {
  for (const kernel of ["5.10", "6.1"]) {
    it.each(GENERIC)(`${kernel} %s`, (abi) => {
      const root = roots.get(kernel) ?? "";
      const rule = abiRule(abi);
      const r = abiNumbers(root, rule);
      if (!r.present) {
        expect((abi === "loongarch64" && kernel === "5.10") || abi === "loongarch32").toBe(true);
        return;
      }
      const defines = [`__BITS_PER_LONG=${rule.wordBits}`, ...(rule.wordBits === 64 ? ["__LP64__=1"] : [])];
      expectSame(r.rows, cppView(root, rule.arch, `arch/${rule.arch}/include/uapi/asm/unistd.h`, defines));
    });
  }

  it.each(["5.10", "6.1"])("%s has no loongarch32; 6.1's arch/loongarch/Kconfig has no prompt for 32BIT", (kernel) => {
    const root = roots.get(kernel) ?? "";
    const r = abiNumbers(root, abiRule("loongarch32"));
    expect(r.present).toBe(false);
    if (kernel === "6.1") {
      // A Kconfig "bool" without a prompt string can only be selected, and nothing selects 32BIT.
      const kconfig = readFileSync(join(root, "arch/loongarch/Kconfig"), "utf8");
      expect(kconfig).toMatch(/^config 32BIT\n\tbool\n/m);
      expect(kconfig).not.toMatch(/select 32BIT/);
    }
  });

  it("6.1 riscv32 compat entries equal the __SYSCALL_COMPAT evaluation", () => {
    const root = roots.get("6.1") ?? "";
    const r = abiNumbers(root, abiRule("riscv32"));
    if (!r.present) throw new Error("riscv32 absent");
    const compat = cppView(root, "riscv", "arch/riscv/include/uapi/asm/unistd.h", ["__BITS_PER_LONG=64", "__LP64__=1", "__SYSCALL_COMPAT"]).slots;
    const wrong = r.rows.filter((row) => (row.compatEntry ?? row.entry) !== compat.get(row.nr)).map((row) => `${row.name}: ${row.compatEntry ?? row.entry} vs ${compat.get(row.nr)}`);
    expect(wrong).toEqual([]);
    expect(r.rows.filter((row) => row.compatEntry !== null).length).toBeGreaterThan(30);
  });

  it.each(["5.10", "6.1"])("%s arm compat entries equal arch/arm64/include/asm/unistd32.h", (kernel) => {
    const root = roots.get(kernel) ?? "";
    const r = abiNumbers(root, abiRule("arm"));
    if (!r.present) throw new Error("arm absent");
    const compat = cppView(root, "arm64", "arch/arm64/include/asm/unistd32.h", []).slots;
    const rows = r.rows.filter((row) => row.tableAbi !== "private");
    const wrong = rows
      .filter((row) => (row.compatEntry ?? row.entry ?? "sys_ni_syscall") !== (compat.get(row.nr) ?? "sys_ni_syscall"))
      .map((row) => `${row.name}: ${row.compatEntry ?? row.entry} vs ${compat.get(row.nr)}`);
    expect(wrong).toEqual([]);
  });
});
