/**
 * Real data, Linux 6.12: regenerate the kernel's own uapi unistd headers by running the
 * tree's scripts (scripts/syscallhdr.sh, arch/s390/kernel/syscalls/syscalltbl) with the
 * arguments its Makefiles pass (written out below by hand from those Makefiles, not taken
 * from our Makefile reader), and compare every (ABI, name, number) with the extractor's,
 * both ways. Only ARM's private __ARM_NR_* calls are extra on our side, by design.
 * Native entry points are checked the same way against scripts/syscalltbl.sh.
 * ABIs 6.12 does not build (loongarch32) must come out absent, with the reason.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ABI_IDS, type AbiId } from "@/lib/schema/kernel-api";
import { abiNumbers, type NumberRow } from "./abi-numbers";
import { abiRule } from "./abi-rules";
import { readKernelRelease } from "./kernel-release";
import { parseDefines, syscallhdr, syscalltbl } from "./test-support/kernel-scripts";
import { committedData, expectAgreesWithTable } from "./test-support/committed-data";
import { kernelTree, TREE_TIMEOUT } from "./test-support/kernel-tree";

interface Expect {
  table: string;
  /** Arguments before INFILE OUTFILE for scripts/syscallhdr.sh; null = s390's syscalltbl. */
  args: string[];
  s390abis?: string;
  offset?: number;
}

const GEN = "scripts/syscall.tbl";
const hdr = (abis: string, table = GEN): Expect => ({ table, args: ["--emit-nr", "--abis", abis] });
const all = (arch: string): Expect => ({ table: `arch/${arch}/kernel/syscalls/syscall.tbl`, args: ["--emit-nr"] });
const ppc = "arch/powerpc/kernel/syscalls/syscall.tbl";
const mips = (abi: string, offset: number): Expect => ({ table: `arch/mips/kernel/syscalls/syscall_${abi}.tbl`, args: ["--offset", "__NR_Linux"], offset });

/** ABIs Linux 6.12 does not build, and why (arch/loongarch/include/uapi/asm/Kbuild lists only unistd_64.h). */
const ABSENT: [AbiId, RegExp][] = [["loongarch32", /generate no unistd_32\.h/]];
type Present = Exclude<AbiId, "loongarch32">;
const PRESENT = ABI_IDS.filter((a): a is Present => !ABSENT.some(([x]) => x === a));

/** From arch/x86/entry/syscalls/Makefile, arch/arm/tools/Makefile, arch/<arch>/kernel/syscalls/Makefile,
 * scripts/Makefile.asm-headers + arch/<arch>/kernel/Makefile.syscalls of Linux 6.12. */
const EXPECTED: Record<Present, Expect> = {
  x86_64: { table: "arch/x86/entry/syscalls/syscall_64.tbl", args: ["--abis", "common,64", "--emit-nr"] },
  x32: { table: "arch/x86/entry/syscalls/syscall_64.tbl", args: ["--abis", "common,x32", "--emit-nr", "--offset", "__X32_SYSCALL_BIT"], offset: 0x40000000 },
  i386: { table: "arch/x86/entry/syscalls/syscall_32.tbl", args: ["--abis", "i386", "--emit-nr"] },
  arm: { table: "arch/arm/tools/syscall.tbl", args: ["--abis", "common,eabi", "--offset", "__NR_SYSCALL_BASE"], offset: 0 },
  arm64: hdr("common,64,renameat,rlimit,memfd_secret", "arch/arm64/tools/syscall_64.tbl"),
  riscv64: hdr("common,64,riscv,rlimit,memfd_secret"),
  riscv32: hdr("common,32,riscv,memfd_secret"),
  loongarch64: hdr("common,64"),
  csky: hdr("common,32,csky,time32,stat64,rlimit"),
  openrisc: hdr("common,32,or1k,time32,stat64,rlimit,renameat"),
  arc: hdr("common,32,arc,time32,renameat,stat64,rlimit"),
  hexagon: hdr("common,32,hexagon,time32,stat64,rlimit,renameat"),
  nios2: hdr("common,32,nios2,time32,stat64,renameat,rlimit"),
  powerpc64: { table: ppc, args: ["--emit-nr", "--abis", "common,nospu,64"] },
  powerpc: { table: ppc, args: ["--emit-nr", "--abis", "common,nospu,32"] },
  s390x: { table: "arch/s390/kernel/syscalls/syscall.tbl", args: [], s390abis: "common,64" },
  s390: { table: "arch/s390/kernel/syscalls/syscall.tbl", args: [], s390abis: "common,32" },
  "mips-o32": mips("o32", 4000),
  "mips-n32": mips("n32", 6000),
  "mips-n64": mips("n64", 5000),
  sparc64: { table: "arch/sparc/kernel/syscalls/syscall.tbl", args: ["--emit-nr", "--abis", "common,64"] },
  sparc: { table: "arch/sparc/kernel/syscalls/syscall.tbl", args: ["--emit-nr", "--abis", "common,32"] },
  parisc64: { table: "arch/parisc/kernel/syscalls/syscall.tbl", args: ["--emit-nr", "--abis", "common,64"] },
  parisc: { table: "arch/parisc/kernel/syscalls/syscall.tbl", args: ["--emit-nr", "--abis", "common,32"] },
  alpha: all("alpha"),
  m68k: all("m68k"),
  sh: all("sh"),
  xtensa: all("xtensa"),
  microblaze: all("microblaze"),
};

const ARM_PRIVATE = ["breakpoint", "cacheflush", "usr26", "usr32", "set_tls", "get_tls"];

let root = "";
let out = "";

/**
 * Renames the arch's uapi unistd.h makes after including the generated header (written out
 * by hand): csky and hexagon `#define __NR_sync_file_range2 84` + `#undef
 * __NR_sync_file_range`, and their table sources `#define sys_sync_file_range
 * sys_sync_file_range2`.
 */
const ARCH_RENAMES: Partial<Record<Present, { name: [string, string]; entry: [string, string] }>> = {
  csky: { name: ["sync_file_range", "sync_file_range2"], entry: ["sys_sync_file_range", "sys_sync_file_range2"] },
  hexagon: { name: ["sync_file_range", "sync_file_range2"], entry: ["sys_sync_file_range", "sys_sync_file_range2"] },
};

/** Run the kernel's own generator; returns name -> number as user space sees it. */
function kernelHeader(abi: Present): Map<string, number> {
  const defines = generatedHeader(abi);
  const rn = ARCH_RENAMES[abi]?.name;
  const nr = rn ? defines.get(rn[0]) : undefined;
  if (rn && nr !== undefined) {
    defines.delete(rn[0]);
    defines.set(rn[1], nr);
  }
  return defines;
}

function generatedHeader(abi: Present): Map<string, number> {
  const e = EXPECTED[abi];
  const file = join(out, `${abi}.h`);
  if (e.s390abis) {
    const text = execFileSync("sh", ["arch/s390/kernel/syscalls/syscalltbl", "-H", "-a", e.s390abis, "-f", file], {
      cwd: root,
      input: readFileSync(join(root, e.table)),
      encoding: "utf8",
    });
    return parseDefines(text, e.offset ?? 0);
  }
  return syscallhdr(root, file, e.table, e.args, e.offset ?? 0);
}

const kernelSlots = (table: string, args: string[]) => syscalltbl(root, out, table, args);

/** s390's own generator: `syscalltbl -S` prints SYSCALL(64-bit, 31-bit) or NI_SYSCALL per number from 0. */
function s390Slots(): Map<number, { s390x: string; s390: string }> {
  const text = execFileSync("sh", ["arch/s390/kernel/syscalls/syscalltbl", "-S"], { cwd: root, input: readFileSync(join(root, "arch/s390/kernel/syscalls/syscall.tbl")), encoding: "utf8" });
  const map = new Map<number, { s390x: string; s390: string }>();
  let nr = 0;
  for (const line of text.split("\n")) {
    const m = /^(?:NI_SYSCALL|SYSCALL\((\w+),(\w+)\))$/.exec(line.trim());
    if (!m) continue;
    map.set(nr++, { s390x: m[1] ?? "sys_ni_syscall", s390: m[2] ?? "sys_ni_syscall" });
  }
  return map;
}

/** ABIs whose compat entries the 5th column of their own table gives. */
const COLUMN_COMPAT: Present[] = ["i386", "mips-o32", "powerpc", "sparc", "parisc", "riscv32"];
const NI = "sys_ni_syscall";

const ours = new Map<AbiId, NumberRow[]>();

beforeAll(async () => {
  const input = await kernelTree("6.12");
  root = input.root;
  expect(readKernelRelease(root).series).toBe("6.12");
  out = mkdtempSync(join(tmpdir(), "atlas-unistd-"));
  for (const abi of PRESENT) {
    const r = abiNumbers(root, abiRule(abi));
    if (!r.present) throw new Error(`${abi} absent from 6.12: ${r.reason}`);
    ours.set(abi, r.rows);
  }
}, TREE_TIMEOUT);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe("Linux 6.12: our numbers equal the kernel's generated unistd headers", () => {
  it.each(ABSENT)("%s is absent, with the reason", (abi, reason) => {
    const r = abiNumbers(root, abiRule(abi));
    expect(r.present).toBe(false);
    if (!r.present) expect(r.reason).toMatch(reason);
  });

  it.each(PRESENT)("%s", (abi) => {
    const kernel = kernelHeader(abi);
    const rows = ours.get(abi) ?? [];
    const mine = new Map(rows.filter((r) => !(abi === "arm" && r.tableAbi === "private")).map((r) => [r.name, r.nr]));
    expect(kernel.size).toBeGreaterThan(250);
    const missing = [...kernel].filter(([n, nr]) => mine.get(n) !== nr).map(([n, nr]) => `${n}=${nr} (ours: ${mine.get(n)})`);
    const extra = [...mine].filter(([n]) => !kernel.has(n)).map(([n, nr]) => `${n}=${nr}`);
    expect(missing).toEqual([]);
    expect(extra).toEqual([]);
    if (abi === "arm") {
      const priv = rows.filter((r) => r.tableAbi === "private");
      expect(priv.map((r) => r.name)).toEqual(ARM_PRIVATE);
      expect(priv.map((r) => r.nr)).toEqual([1, 2, 3, 4, 5, 6].map((n) => 0x0f0000 + n));
    }
  });

  it.each(PRESENT.filter((a) => !EXPECTED[a].s390abis))("%s native entries equal scripts/syscalltbl.sh", (abi) => {
    const e = EXPECTED[abi];
    const kernel = kernelSlots(e.table, e.args);
    const offset = e.offset ?? 0;
    const rows = (ours.get(abi) ?? []).filter((r) => r.tableAbi !== "private");
    // syscalltbl.sh writes sys_ni_syscall for lines without an entry; we keep null there.
    const en = ARCH_RENAMES[abi]?.entry;
    const native = (nr: number) => {
      const n = kernel.get(nr)?.native;
      return en && n === en[0] ? en[1] : n;
    };
    const wrong = rows.filter((r) => native(r.nr - offset) !== (r.entry ?? NI)).map((r) => `${r.name}: ${r.entry} vs ${kernel.get(r.nr - offset)?.native}`);
    expect(wrong).toEqual([]);
  });

  it.each(COLUMN_COMPAT)("%s compat entries equal the table's compat column (scripts/syscalltbl.sh)", (abi) => {
    const e = EXPECTED[abi];
    const kernel = kernelSlots(e.table, e.args);
    const offset = e.offset ?? 0;
    const rows = ours.get(abi) ?? [];
    const wrong = rows
      .filter((r) => {
        const k = kernel.get(r.nr - offset);
        return (r.compatEntry ?? r.entry ?? NI) !== (k?.compat ?? k?.native);
      })
      .map((r) => `${r.name}: ${r.compatEntry ?? r.entry} vs ${JSON.stringify(kernel.get(r.nr - offset))}`);
    expect(wrong).toEqual([]);
    expect(rows.filter((r) => r.compatEntry !== null).length).toBeGreaterThan(40);
  });

  it("arm compat entries equal arm64's AArch32 table (scripts/syscalltbl.sh --abis common,32)", () => {
    const kernel = kernelSlots("arch/arm64/tools/syscall_32.tbl", ["--abis", "common,32"]);
    const rows = (ours.get("arm") ?? []).filter((r) => r.tableAbi !== "private");
    const wrong = rows
      .filter((r) => {
        const k = kernel.get(r.nr);
        return (r.compatEntry ?? r.entry ?? NI) !== (k ? (k.compat ?? k.native) : NI);
      })
      .map((r) => `${r.name}: ${r.compatEntry ?? r.entry} vs ${JSON.stringify(kernel.get(r.nr))}`);
    expect(wrong).toEqual([]);
  });

  it("s390x and s390 entries equal s390's own table generator", () => {
    const kernel = s390Slots();
    const wrong: string[] = [];
    for (const r of ours.get("s390x") ?? []) if ((r.entry ?? NI) !== kernel.get(r.nr)?.s390x) wrong.push(`s390x ${r.name}: ${r.entry}`);
    // 31-bit s390 runs only as compat: what runs is the compat entry, else the entry.
    for (const r of ours.get("s390") ?? []) if ((r.compatEntry ?? r.entry ?? NI) !== kernel.get(r.nr)?.s390) wrong.push(`s390 ${r.name}: ${r.compatEntry ?? r.entry}`);
    expect(wrong).toEqual([]);
  });

  it("agrees with the committed data/linux/6.12 when it was made from this release", () => {
    const read = committedData("6.12", readKernelRelease(root).release);
    if (!read) return;
    for (const abi of PRESENT) expectAgreesWithTable(abi, read(abi), ours.get(abi) ?? []);
  });
});
