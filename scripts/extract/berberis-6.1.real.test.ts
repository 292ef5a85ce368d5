/**
 * Real data, Linux 6.1 against Berberis' kernel_syscalls.json (a 6.1-era extraction kept in
 * ../shared/berberis/, never copied into the repo): numbers and entry points must agree for
 * arm, arm64, riscv64, x86 (= i386) and x86_64, except where Berberis disagrees with the
 * 6.1 kernel itself. Each such case is listed below with the kernel file:line that proves
 * it, and the test checks both the disagreement and the proof line, so the list cannot go
 * stale silently.
 *
 * One difference is representation only: a table line without an entry point is a
 * sys_ni_syscall slot in the kernel's generated table; Berberis writes "sys_ni_syscall",
 * our schema keeps entry null (implemented: false).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { AbiId } from "@/lib/schema/kernel-api";
import { abiNumbers, type NumberRow } from "./abi-numbers";
import { abiRule } from "./abi-rules";
import { kernelTree, REPO_ROOT, TREE_TIMEOUT } from "./test-support/kernel-tree";

const BERBERIS = join(REPO_ROOT, "../shared/berberis/kernel_syscalls.json");
const ARCHES: Record<string, AbiId> = { arm: "arm", arm64: "arm64", riscv64: "riscv64", x86: "i386", x86_64: "x86_64" };

interface Disagreement {
  arch: string;
  name: string;
  /** What Berberis says (null: not listed). */
  berberis: string | null;
  /** What the kernel says (null: no such syscall on this ABI). */
  kernel: string | null;
  /** Kernel file:line and a text that must be on that line. */
  proof: { file: string; line: number; text: string };
  why: string;
}

const BERBERIS_DISAGREEMENTS: readonly Disagreement[] = [
  ...(
    [
      ["sigreturn", 135],
      ["rt_sigreturn", 189],
      ["statfs64", 283],
      ["fstatfs64", 284],
    ] as const
  ).map(([name, line]) => ({
    arch: "arm",
    name,
    berberis: `sys_${name}`,
    kernel: `sys_${name}_wrapper`,
    proof: { file: "arch/arm/tools/syscall.tbl", line, text: `sys_${name}_wrapper` },
    why: "the arm table's entry is the assembly wrapper in arch/arm/kernel/entry-common.S; Berberis names the C function it calls",
  })),
  {
    arch: "riscv64",
    name: "renameat",
    berberis: "38",
    kernel: null,
    proof: { file: "include/uapi/asm-generic/unistd.h", line: 133, text: "#ifdef __ARCH_WANT_RENAMEAT" },
    why: "renameat (38) exists only with __ARCH_WANT_RENAMEAT, which arch/riscv/include/uapi/asm/unistd.h:18-24 does not define",
  },
  {
    arch: "riscv64",
    name: "riscv_flush_icache",
    berberis: null,
    kernel: "259",
    proof: { file: "arch/riscv/include/uapi/asm/unistd.h", line: 45, text: "__SYSCALL(__NR_riscv_flush_icache, sys_riscv_flush_icache)" },
    why: "a real riscv syscall (__NR_arch_specific_syscall + 15); Berberis lists it only in custom_syscalls.json",
  },
];

type BerberisTable = Map<string, Map<string, { id: string; entry: string }>>;

const berberisSchema = z.record(z.string(), z.record(z.string(), z.looseObject({ id: z.string(), entry: z.string() })));

function readBerberis(): BerberisTable {
  const parsed = berberisSchema.safeParse(JSON.parse(readFileSync(BERBERIS, "utf8")));
  if (!parsed.success) throw new Error(`${BERBERIS}: ${parsed.error.message}`);
  const out: BerberisTable = new Map(Object.keys(ARCHES).map((a) => [a, new Map()]));
  for (const [key, perArch] of Object.entries(parsed.data))
    for (const [arch, v] of Object.entries(perArch)) out.get(arch)?.set(key.replace(/^__NR_/, ""), { id: v.id, entry: v.entry });
  return out;
}

let root = "";
let berberis: BerberisTable = new Map();
const ours = new Map<string, Map<string, NumberRow>>();

beforeAll(async () => {
  if (!existsSync(BERBERIS)) return;
  berberis = readBerberis();
  root = (await kernelTree("6.1")).root;
  for (const [arch, abi] of Object.entries(ARCHES)) {
    const r = abiNumbers(root, abiRule(abi));
    if (!r.present) throw new Error(`${abi} absent from 6.1`);
    // ARM's private calls are not in kernel_syscalls.json (Berberis keeps them in custom_syscalls.json).
    ours.set(arch, new Map(r.rows.filter((x) => x.tableAbi !== "private").map((x) => [x.name, x])));
  }
}, TREE_TIMEOUT);

const listed = (arch: string, name: string): Disagreement | undefined => BERBERIS_DISAGREEMENTS.find((d) => d.arch === arch && d.name === name);

describe.skipIf(!existsSync(BERBERIS))("Linux 6.1 vs Berberis kernel_syscalls.json", () => {
  it.each(Object.keys(ARCHES))("%s: same names, numbers and entry points, except the listed kernel facts", (arch) => {
    const theirs = berberis.get(arch) ?? new Map();
    const mine = ours.get(arch) ?? new Map();
    expect(theirs.size).toBeGreaterThan(250);
    const problems: string[] = [];
    for (const [name, t] of theirs) {
      if (listed(arch, name)) continue;
      const o = mine.get(name);
      if (!o) problems.push(`${name}: Berberis ${t.id}, missing in ours`);
      else if (o.nr !== Number(t.id)) problems.push(`${name}: number ${o.nr} vs Berberis ${t.id}`);
      else if ((o.entry ?? "sys_ni_syscall") !== t.entry) problems.push(`${name}: entry ${o.entry} vs Berberis ${t.entry}`);
    }
    for (const name of mine.keys()) if (!theirs.has(name) && !listed(arch, name)) problems.push(`${name}: ours only`);
    expect(problems).toEqual([]);
  });

  it.each(BERBERIS_DISAGREEMENTS.map((d) => [`${d.arch} ${d.name}`, d] as const))("%s: Berberis differs from the kernel, as proved", (_, d) => {
    const t = berberis.get(d.arch)?.get(d.name);
    const o = ours.get(d.arch)?.get(d.name);
    const theirValue = t ? (/^\d+$/.test(d.berberis ?? "") ? t.id : t.entry) : null;
    const ourValue = o ? (/^\d+$/.test(d.kernel ?? "") ? String(o.nr) : o.entry) : null;
    expect(theirValue).toBe(d.berberis);
    expect(ourValue).toBe(d.kernel);
    const line = readFileSync(join(root, d.proof.file), "utf8").split("\n")[d.proof.line - 1] ?? "";
    expect(line).toContain(d.proof.text);
  });
});
