import { describe, expect, it } from "vitest";
import { diffAbis } from "./abi-diff";
import { abiFile, sys } from "./test-fixtures";

const FD = ["fd", "unsigned int", 4] as const;

const x86_64 = abiFile("x86_64", [
  sys("read", 0, [FD, ["buf", "char __user *", 8], ["count", "size_t", 8]]),
  sys("open", 2, [["filename", "const char __user *", 8], ["flags", "int", 4], ["mode", "umode_t", 2]]),
  sys("pread64", 17, [FD, ["buf", "char __user *", 8], ["count", "size_t", 8], ["pos", "loff_t", 8]]),
  sys("fork", 57, []),
  sys("getpid", 39, []),
  sys("fadvise64", 221, [["fd", "int", 4], ["offset", "loff_t", 8], ["len", "size_t", 8], ["advice", "int", 4]]),
  sys("clock_gettime", 228, [["which_clock", "clockid_t", 4], ["tp", "struct __kernel_timespec __user *", 8]]),
  sys("openat", 257, [["dfd", "int", 4], ["filename", "const char __user *", 8], ["flags", "int", 4], ["mode", "umode_t", 2]]),
  sys("clone", 56, null),
  sys("uselib", 134, null, { entry: "sys_ni_syscall", implemented: false }),
]);

const i386 = abiFile("i386", [
  sys("read", 3, [FD, ["buf", "char __user *", 4], ["count", "size_t", 4]]),
  sys("getpid", 20, []),
  sys("pread64", 180, [FD, ["buf", "char __user *", 4], ["count", "u32", 4], ["pos", "loff_t", 8]], { entry: "sys_ia32_pread64" }),
  sys("fadvise64_64", 272, [["fd", "int", 4], ["offset", "loff_t", 8], ["len", "loff_t", 8], ["advice", "int", 4]], { entry: "sys_ia32_fadvise64_64" }),
  sys("clock_gettime", 265, [["which_clock", "clockid_t", 4], ["tp", "struct old_timespec32 __user *", 4]], { entry: "sys_clock_gettime32" }),
  sys("clock_gettime64", 403, [["which_clock", "clockid_t", 4], ["tp", "struct __kernel_timespec __user *", 4]], { entry: "sys_clock_gettime" }),
  sys("openat", 295, [["dfd", "int", 4], ["filename", "const char __user *", 4], ["flags", "int", 4], ["mode", "umode_t", 2]]),
  sys("clone", 120, null),
  sys("fork", 2, [], { entry: "sys_ni_syscall", implemented: false }),
]);

describe("diffAbis", () => {
  const d = diffAbis(x86_64, i386);
  const row = (name: string) => {
    const r = d.rows.find((x) => x.name === name);
    if (!r) throw new Error(`no row ${name}`);
    return r;
  };

  it("sorts rows by name and leaves out calls neither side implements", () => {
    expect(d.rows.map((r) => r.name)).toEqual([...d.rows.map((r) => r.name)].sort());
    expect(d.rows.some((r) => r.name === "uselib")).toBe(false);
  });

  it("reports a call on one side only, naming the other side's replacement", () => {
    expect(row("open")).toMatchObject({ verdict: "missing", presentOn: "a", b: null, equivalents: [{ name: "openat", nr: 295 }] });
    expect(row("fadvise64_64")).toMatchObject({ verdict: "missing", presentOn: "b", a: null, equivalents: [{ name: "fadvise64", nr: 221 }] });
    expect(row("clock_gettime64").equivalents.map((e) => e.name)).toEqual(["clock_gettime"]);
  });

  it("counts a reserved sys_ni_syscall slot as absent, with a caveat", () => {
    const fork = row("fork");
    expect(fork).toMatchObject({ verdict: "missing", presentOn: "a", equivalents: [{ name: "clone", nr: 120 }] });
    expect(fork.caveats.join()).toContain("reserves number 2");
  });

  it("renumbers a compatible call and keeps an identical one the same", () => {
    expect(row("getpid")).toMatchObject({ verdict: "renumbered", reasons: [], a: { nr: 39 }, b: { nr: 20 } });
    const same = diffAbis(x86_64, x86_64);
    expect(same.rows.every((r) => r.verdict === "same")).toBe(true);
  });

  it("shows a 64-bit argument split across two registers on the 32-bit ABI", () => {
    const pread = row("pread64");
    expect(pread.verdict).toBe("needs-translation");
    const split = pread.reasons.find((r) => r.kind === "split");
    expect(split).toMatchObject({ params: [3] });
    expect(split?.message).toContain("one register (r10) on x86_64");
    expect(split?.message).toContain("split across esi:edi on i386");
    expect(pread.b?.params?.[3]).toMatchObject({ registers: ["esi", "edi"], split: true });
    expect(pread.reasons.map((r) => r.kind)).toEqual(["entry", "param-size", "split"]);
    expect(pread.reasons[1]?.message).toBe("arg 2 (buf), arg 3 (count): 8 bytes on x86_64, 4 on i386");
  });

  it("reports different entry points and sizes", () => {
    const cg = row("clock_gettime");
    expect(cg.reasons[0]).toEqual({ kind: "entry", message: "entry point sys_clock_gettime on x86_64, sys_clock_gettime32 on i386" });
    expect(cg.reasons.find((r) => r.kind === "param-size")?.message).toBe("arg 2 (tp): 8 bytes on x86_64, 4 on i386");
    expect(cg.caveats.join()).toContain("layout not compared (no type data): struct __kernel_timespec");
  });

  it("does not claim a signature it could not check", () => {
    const clone = row("clone");
    expect(clone.verdict).toBe("renumbered");
    expect(clone.caveats.join()).toContain("parameters unknown on x86_64 and i386");
  });

  it("summarises per verdict and reason kind", () => {
    const s = d.summary;
    expect(s.total).toBe(d.rows.length);
    expect(Object.values(s.verdicts).reduce((x, y) => x + y, 0)).toBe(s.total);
    expect(s.verdicts.missing).toBe(s.onlyOnA + s.onlyOnB);
    expect(s.onlyOnA).toBe(3); // open, fork, fadvise64
    expect(s.reasons.split).toBe(1);
  });

  it("refuses files of different kernels", () => {
    expect(() => diffAbis(x86_64, abiFile("i386", [], { kernel: "6.1" }))).toThrow(/kernels differ/);
  });
});

describe("diffAbis: parameter order and count, register pair alignment", () => {
  it("flags swapped parameters (CONFIG_CLONE_BACKWARDS-style)", () => {
    const ul = (n: string) => [n, "unsigned long", 8] as const;
    const a = abiFile("x86_64", [sys("clone", 56, [ul("flags"), ul("newsp"), ul("parent_tid"), ul("child_tid"), ul("tls")])]);
    const b = abiFile("arm64", [sys("clone", 220, [ul("flags"), ul("newsp"), ul("parent_tid"), ul("tls"), ul("child_tid")])]);
    const r = diffAbis(a, b).rows[0];
    expect(r?.verdict).toBe("needs-translation");
    expect(r?.reasons.map((x) => x.kind)).toEqual(["param-order"]);
  });

  it("flags a pair aligned to an even register on one 32-bit ABI but not the other", () => {
    const params = [["fd", "int", 4], ["offset", "loff_t", 8], ["count", "size_t", 4]] as const;
    const a = abiFile("i386", [sys("readahead", 225, params)]);
    const b = abiFile("arm", [sys("readahead", 225, params)]);
    const r = diffAbis(a, b).rows[0];
    expect(r?.reasons).toHaveLength(1);
    expect(r?.reasons[0]?.message).toContain("r1 left unused");
  });

  it("flags a different parameter count", () => {
    const a = abiFile("x86_64", [sys("sync_file_range", 277, [["fd", "int", 4], ["offset", "loff_t", 8]])]);
    const b = abiFile("arm64", [sys("sync_file_range", 84, [["fd", "int", 4]])]);
    expect(diffAbis(a, b).rows[0]?.reasons.map((x) => x.kind)).toEqual(["param-count"]);
  });
});

describe("diffAbis: different parameter lists", () => {
  it("reports the count only, without comparing unlike parameters position by position", () => {
    // i386's mmap is old_mmap (one pointer to a struct); x86_64's takes six arguments.
    const a = abiFile("i386", [sys("mmap", 90, [["arg", "struct mmap_arg_struct __user *", 4]], { entry: "sys_old_mmap" })]);
    const six = ["addr", "len", "prot", "flags", "fd", "off"].map((n) => [n, "unsigned long", 8] as const);
    const b = abiFile("x86_64", [sys("mmap", 9, six)]);
    const r = diffAbis(a, b).rows[0];
    expect(r?.reasons.map((x) => x.message)).toEqual(["entry point sys_old_mmap on i386, sys_mmap on x86_64", "1 parameter on i386, 6 parameters on x86_64"]);
    expect(r?.caveats).toEqual([]);
  });
});
