/**
 * The engine on the extracted kernel data (data/linux/6.12, from H1's extractor). Skipped
 * until that kernel's data exists; then every expectation below is a fact about Linux 6.12.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffAbis } from "@/lib/diff/abi-diff";
import { diffKernels } from "@/lib/diff/kernel-diff";
import type { SyscallDiff } from "@/lib/diff/types";
import type { AbiId } from "@/lib/schema/kernel-api";
import { loadAbiFile } from "./load-data";

const KERNEL = "6.12";
/** ATLAS_DATA_DIR points the test at another data directory (as for build:data). */
const DATA = process.env.ATLAS_DATA_DIR ?? "data";
const have = existsSync(`${DATA}/linux/${KERNEL}/x86_64.json`);
const load = (abi: AbiId) => loadAbiFile(DATA, KERNEL, abi);

async function diff(a: AbiId, b: AbiId) {
  const d = diffAbis(await load(a), await load(b));
  const row = (name: string): SyscallDiff => {
    const r = d.rows.find((x) => x.name === name);
    if (!r) throw new Error(`${a} vs ${b} at ${KERNEL}: no row for ${name}`);
    return r;
  };
  return { d, row };
}

/** Fails with a message for the lead when the extractor has not filled in params yet. */
function requireParams(r: SyscallDiff, side: "a" | "b", abi: string) {
  const v = r[side];
  if (!v?.params)
    throw new Error(`${DATA}/linux/${KERNEL}/${abi}.json: ${r.name} has params: null; the split checks need parameters (extractor not done yet?)`);
  return v.params;
}

describe.skipIf(!have)(`real data, Linux ${KERNEL}`, () => {
  it("x86_64 vs arm64: legacy x86_64 calls are only on x86_64, with their arm64 replacements", async () => {
    const { row } = await diff("x86_64", "arm64");
    const replacements: [string, string][] = [
      ["open", "openat"], ["creat", "openat"], ["fork", "clone"], ["vfork", "clone"], ["dup2", "dup3"],
      ["pipe", "pipe2"], ["stat", "newfstatat"], ["lstat", "newfstatat"], ["poll", "ppoll"],
      ["select", "pselect6"], ["epoll_wait", "epoll_pwait"], ["getdents", "getdents64"],
      ["access", "faccessat"], ["unlink", "unlinkat"], ["rename", "renameat2"], ["inotify_init", "inotify_init1"],
    ];
    for (const [name, by] of replacements) {
      const r = row(name);
      expect(r.verdict, name).toBe("missing");
      expect(r.presentOn, name).toBe("a");
      expect(r.equivalents.map((e) => e.name), name).toContain(by);
    }
    expect(row("open").a?.nr).toBe(2);
    expect(row("open").equivalents.find((e) => e.name === "openat")?.nr).toBe(56);
    expect(row("read")).toMatchObject({ a: { nr: 0 }, b: { nr: 63 } });
    expect(row("arch_prctl")).toMatchObject({ verdict: "missing", presentOn: "a" });
  });

  it("riscv64 vs x86_64: riscv_hwprobe is only on riscv64", async () => {
    const { row } = await diff("riscv64", "x86_64");
    expect(row("riscv_hwprobe")).toMatchObject({ verdict: "missing", presentOn: "a", a: { nr: 258 }, b: null });
    expect(row("riscv_flush_icache")).toMatchObject({ verdict: "missing", presentOn: "a" });
  });

  it("i386 vs x86_64: 64-bit arguments split across two i386 registers", async () => {
    const { row } = await diff("i386", "x86_64");
    const pread = row("pread64");
    expect(pread.a?.nr).toBe(180);
    expect(pread.verdict).toBe("needs-translation");
    const pos = requireParams(pread, "a", "i386")[3];
    expect(pos).toMatchObject({ registers: ["esi", "edi"], split: true });
    expect(pread.reasons.some((r) => r.kind === "split" && r.params?.includes(3))).toBe(true);

    // fadvise64_64 and ftruncate64 exist on i386 only; their i386 params show the splits.
    const fadv = row("fadvise64_64");
    expect(fadv).toMatchObject({ verdict: "missing", presentOn: "a" });
    expect(fadv.equivalents.map((e) => e.name)).toContain("fadvise64");
    const fp = requireParams(fadv, "a", "i386");
    expect(fp.map((p) => p.split)).toEqual([false, true, true, false]);
    expect(fp[1]?.registers).toEqual(["ecx", "edx"]);
    const ftr = row("ftruncate64");
    expect(ftr.equivalents.map((e) => e.name)).toContain("ftruncate");
    expect(requireParams(ftr, "a", "i386")[1]).toMatchObject({ registers: ["ecx", "edx"], split: true });
  });

  it("arm vs i386: ARM EABI aligns a 64-bit pair to an even register, i386 does not", async () => {
    const { row } = await diff("arm", "i386");
    const ra = row("readahead");
    const p = requireParams(ra, "a", "arm")[1];
    expect(p).toMatchObject({ registers: ["r2", "r3"], padding: "r1" });
    expect(ra.reasons.some((r) => r.kind === "split")).toBe(true);
  });
  it("x86_64 vs x32: same native entry in 64-bit registers is not a translation; compat entries and iovec arrays are", async () => {
    const { d, row } = await diff("x86_64", "x32");
    // syscall_64.tbl: 0 common read sys_read, 1 common write, 8 common lseek; x32 adds 0x40000000.
    for (const [name, nr] of [["read", 0], ["write", 1], ["lseek", 8]] as const) {
      expect(row(name), name).toMatchObject({ verdict: "renumbered", reasons: [], a: { nr, entry: `sys_${name}` }, b: { nr: 0x40000000 + nr } });
    }
    expect(row("read").caveats.join()).toMatch(/zero- or sign-extended in 64-bit registers/);
    // 515 x32 readv sys_readv: same function, but it reads x32's 8-byte struct iovec (in_compat_syscall()).
    expect(row("readv")).toMatchObject({ verdict: "needs-translation", b: { nr: 0x40000000 + 515, entry: "sys_readv" } });
    // 534 x32 preadv compat_sys_preadv64; 514 x32 ioctl compat_sys_ioctl.
    expect(row("preadv")).toMatchObject({ verdict: "needs-translation", b: { entry: "compat_sys_preadv64" } });
    expect(row("ioctl")).toMatchObject({ verdict: "needs-translation", b: { entry: "compat_sys_ioctl" } });
    expect(d.summary.verdicts.renumbered).toBeGreaterThan(150);
  });

  it("mips-n64 vs mips-n32: sys_read in 64-bit registers on both; compat_sys_sendfile on n32", async () => {
    const { row } = await diff("mips-n64", "mips-n32");
    expect(row("read")).toMatchObject({ verdict: "renumbered", reasons: [], a: { nr: 5000 }, b: { nr: 6000 } });
    expect(row("sendfile")).toMatchObject({ verdict: "needs-translation", b: { entry: "compat_sys_sendfile" } });
  });
  it("kernel diffs: spelling-only changes are no new signature, real ones are", async () => {
    const changes = async (from: string, to: string, name: string) => {
      if (!existsSync(`${DATA}/linux/${from}/x86_64.json`) || !existsSync(`${DATA}/linux/${to}/x86_64.json`)) return null;
      const k = diffKernels(await loadAbiFile(DATA, from, "x86_64"), await loadAbiFile(DATA, to, "x86_64"));
      return k.rows.find((r) => r.name === name)?.changes ?? null;
    };
    // semop: `unsigned nsops` became `unsigned int nsops` (ipc/sem.c); futex gained a const.
    for (const [from, to, name, want] of [
      ["6.12", "7.2", "semop", []],
      ["5.10", "6.1", "futex", []],
      ["6.12", "7.2", "bpf", ["resignatured"]], // a fourth and fifth parameter
      ["6.1", "6.12", "name_to_handle_at", ["resignatured"]], // int __user * -> void __user *
    ] as const) {
      const got = await changes(from, to, name);
      if (got !== null) expect(got, `${name} ${from}..${to}`).toEqual(want);
    }
  });
});
