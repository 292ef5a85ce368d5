/**
 * Real data, Linux 7.3: the LoongArch ABIs, loongarch32 above all (first built by the
 * kernels after 6.12). Regenerate the kernel's own uapi headers with scripts/syscallhdr.sh
 * and the arguments 7.3's kbuild passes (written out below by hand, not taken from our
 * Makefile reader), compare every (name, number) with the extractor's both ways, and the
 * entry points with scripts/syscalltbl.sh. The other ABIs are covered by the 6.12 test
 * and, for every cached kernel, by tree-scripts.real.test.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AbiId } from "@/lib/schema/kernel-api";
import { abiNumbers, type NumberRow } from "./abi-numbers";
import { abiRule } from "./abi-rules";
import { readKernelRelease } from "./kernel-release";
import { syscallhdr, syscalltbl } from "./test-support/kernel-scripts";
import { committedData, expectAgreesWithTable } from "./test-support/committed-data";
import { kernelTree, TREE_TIMEOUT } from "./test-support/kernel-tree";

const TABLE = "scripts/syscall.tbl";
/**
 * scripts/Makefile.asm-headers of 7.3: `syshdr-args := --emit-nr`, `--abis
 * $(syscall_abis_$*)` with `syscall_abis_32 += common,32` / `syscall_abis_64 += common,64`,
 * plus arch/loongarch/kernel/Makefile.syscalls: `syscall_abis_32 += memfd_secret`,
 * `syscall_abis_64 += memfd_secret`. arch/loongarch/include/uapi/asm/Kbuild lists
 * unistd_32.h and unistd_64.h; no --prefix (not a unistd_compat_*.h), no --offset.
 */
const ARGS: [AbiId, string[]][] = [
  ["loongarch32", ["--emit-nr", "--abis", "common,32,memfd_secret"]],
  ["loongarch64", ["--emit-nr", "--abis", "common,64,memfd_secret"]],
];
const NI = "sys_ni_syscall";

let root = "";
let out = "";
const ours = new Map<AbiId, NumberRow[]>();

beforeAll(async () => {
  root = (await kernelTree("7.3")).root;
  expect(readKernelRelease(root).series).toBe("7.3");
  out = mkdtempSync(join(tmpdir(), "atlas-unistd-7.3-"));
  for (const [abi] of ARGS) {
    const r = abiNumbers(root, abiRule(abi));
    if (!r.present) throw new Error(`${abi} absent from 7.3: ${r.reason}`);
    ours.set(abi, r.rows);
  }
}, TREE_TIMEOUT);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe("Linux 7.3: LoongArch numbers equal the kernel's generated unistd headers", () => {
  it.each(ARGS)("%s numbers, both ways", (abi, args) => {
    const kernel = syscallhdr(root, join(out, `${abi}.h`), TABLE, args);
    const mine = new Map((ours.get(abi) ?? []).map((r) => [r.name, r.nr]));
    expect(kernel.size).toBeGreaterThan(250);
    expect([...kernel].filter(([n, nr]) => mine.get(n) !== nr).map(([n, nr]) => `${n}=${nr} (ours: ${mine.get(n)})`)).toEqual([]);
    expect([...mine].filter(([n]) => !kernel.has(n)).map(([n, nr]) => `${n}=${nr}`)).toEqual([]);
  });

  it.each(ARGS)("%s entries equal scripts/syscalltbl.sh; no compat entries (no COMPAT on loongarch)", (abi, args) => {
    const kernel = syscalltbl(root, out, TABLE, args);
    const rows = ours.get(abi) ?? [];
    // syscalltbl.sh writes sys_ni_syscall for lines without an entry; we keep null there.
    expect(rows.filter((r) => kernel.get(r.nr)?.native !== (r.entry ?? NI)).map((r) => `${r.name}: ${r.entry} vs ${kernel.get(r.nr)?.native}`)).toEqual([]);
    expect(rows.filter((r) => r.compatEntry !== null).map((r) => r.name)).toEqual([]);
  });

  it("loongarch32 is the 32-bit generic view: 64-bit-file and time64 names, no time32 calls", () => {
    const nr = new Map((ours.get("loongarch32") ?? []).map((r) => [r.name, r.nr]));
    // Facts of scripts/syscall.tbl lines "common" and "32" (checked by hand against 7.3's table).
    expect(nr.get("openat")).toBe(56);
    expect(nr.get("fcntl64")).toBe(25);
    expect(nr.get("llseek")).toBe(62);
    expect(nr.get("mmap2")).toBe(222);
    expect(nr.get("fadvise64_64")).toBe(223);
    expect(nr.get("clock_gettime64")).toBe(403);
    expect(nr.get("memfd_secret")).toBe(447);
    for (const name of ["fcntl", "lseek", "mmap", "clock_gettime", "renameat", "getrlimit"]) expect(nr.has(name), name).toBe(false);
  });

  it("agrees with the committed data/linux/7.3 when it was made from this release", () => {
    const read = committedData("7.3", readKernelRelease(root).release);
    if (!read) return;
    for (const [abi] of ARGS) {
      const file = read(abi);
      expect(file.wordBits, abi).toBe(abi === "loongarch32" ? 32 : 64);
      expectAgreesWithTable(abi, file, ours.get(abi) ?? []);
    }
  });
});
