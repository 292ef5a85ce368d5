import { describe, expect, it } from "vitest";
import type { AbiId } from "@/lib/schema/kernel-api";
import { buildManPages } from "./man-pages";
import { sinceBounds } from "@/lib/data/since-range";
import { computeSince, formatRange, type Presence } from "./since";

const SYSCALLS = [
  ".TS",
  "l l l.",
  "\\f[B]openat\\f[](2)\t2.6.16",
  "\\f[B]read\\f[](2)\t1.0",
  "\\f[B]clone3\\f[](2)\t5.3",
  "\\f[B]arch_prctl\\f[](2)\t2.6\tT{",
  "x86_64, x86 since 4.12",
  "T}",
  "\\f[B]futurecall\\f[](2)\t6.5",
  ".TE",
].join("\n");
const CACHESTAT = ".SH NAME\ncachestat\n.SH HISTORY\nLinux 6.5.\n.SH SEE ALSO\n";
const MAN = buildManPages(
  [
    { name: "syscalls", text: SYSCALLS },
    { name: "cachestat", text: CACHESTAT },
  ],
  null,
);

type Table = Record<string, Partial<Record<AbiId, string[]>>>;
function presence(t: Table): Presence {
  return new Map(Object.entries(t).map(([k, byAbi]) => [k, new Map(Object.entries(byAbi).map(([abi, names]) => [abi as AbiId, new Set(names)]))]));
}

const OURS = ["5.10", "6.1", "6.12", "7.2", "7.3"];
/** The same names in every kernel, plus extra names from a kernel on. */
function growing(abi: AbiId, base: string[], extra: Record<string, string[]> = {}, kernels = OURS): Presence {
  const t: Table = {};
  let names = [...base];
  for (const k of kernels) {
    names = [...names, ...(extra[k] ?? [])];
    t[k] = { [abi]: names };
  }
  return presence(t);
}

describe("computeSince: calls in the oldest kernel of their ABI", () => {
  it("uses the man-pages version", () => {
    const s = computeSince(growing("x86_64", ["openat", "read", "arch_prctl"]), MAN);
    expect(s.get("6.12")?.get("x86_64")?.get("openat")).toBe("2.6.16");
    // read is Linux 1.0, but the x86_64 port came later, at a release the man pages do not give.
    expect(s.get("5.10")?.get("x86_64")?.get("read")).toBe("1.0–2.6.0");
    expect(s.get("7.3")?.get("x86_64")?.get("arch_prctl")).toBe("2.6");
  });

  it("uses an architecture's own version from the notes", () => {
    const s = computeSince(growing("i386", ["arch_prctl"]), MAN);
    expect(s.get("5.10")?.get("i386")?.get("arch_prctl")).toBe("4.12");
  });

  it("never goes before the ABI existed", () => {
    expect(computeSince(growing("arm64", ["openat", "clone3"]), MAN).get("5.10")?.get("arm64")?.get("openat")).toBe("3.7");
    expect(computeSince(growing("arm64", ["clone3"]), MAN).get("5.10")?.get("arm64")?.get("clone3")).toBe("5.3");
    const loong = growing("loongarch64", ["openat"], {}, ["6.1", "6.12"]);
    expect(computeSince(loong, MAN).get("6.1")?.get("loongarch64")?.get("openat")).toBe("5.19");
    // riscv32's port release is only a lower bound: a range up to our first kernel.
    expect(computeSince(growing("riscv32", ["openat"]), MAN).get("5.10")?.get("riscv32")?.get("openat")).toBe("4.15–5.10");
    expect(computeSince(growing("riscv32", ["clone3"]), MAN).get("5.10")?.get("riscv32")?.get("clone3")).toBe("5.3");
    // loongarch32: absent from 6.12, present from 7.2; its birth is somewhere after 6.12.
    const la32 = computeSince(growing("loongarch32", ["openat", "clone3"], { "7.3": ["newcall"] }, ["7.2", "7.3"]), MAN);
    expect(la32.get("7.2")?.get("loongarch32")?.get("openat")).toBe("6.13–7.2");
    expect(la32.get("7.3")?.get("loongarch32")?.get("clone3")).toBe("6.13–7.2");
    expect(la32.get("7.3")?.get("loongarch32")?.get("newcall")).toBe("7.3");
  });

  it("uses the small facts table for calls the man pages lack (time64 calls)", () => {
    expect(computeSince(growing("i386", ["clock_gettime64"]), null).get("5.10")?.get("i386")?.get("clock_gettime64")).toBe("5.1");
  });

  it("is null when nothing is known, or when the documentation contradicts the kernel", () => {
    const warnings: string[] = [];
    const s = computeSince(growing("x86_64", ["mystery", "futurecall"]), MAN, { warn: (m) => warnings.push(m) });
    expect(s.get("5.10")?.get("x86_64")?.get("mystery")).toBeNull();
    expect(s.get("5.10")?.get("x86_64")?.get("futurecall")).toBeNull(); // "6.5" but present in 5.10
    expect(warnings).toEqual([expect.stringMatching(/futurecall.*6\.5.*5\.10/)]);
    // With a port, the unknown lower bound is the port: a range.
    expect(computeSince(growing("arm64", ["mystery"]), MAN).get("5.10")?.get("arm64")?.get("mystery")).toBe("3.7–5.10");
  });
});

describe("computeSince: calls that appear in a later kernel", () => {
  it("uses the documented version when it falls between the two kernels", () => {
    const s = computeSince(growing("x86_64", ["read"], { "6.12": ["cachestat", "map_shadow_stack"] }), MAN);
    expect(s.get("6.12")?.get("x86_64")?.get("cachestat")).toBe("6.5"); // from its HISTORY
    expect(s.get("7.2")?.get("x86_64")?.get("map_shadow_stack")).toBe("6.6"); // from the facts table
    expect(s.get("6.1")?.get("x86_64")?.has("cachestat")).toBe(false);
  });

  it("is exact for i386 (Linux's own ABI) but a range up to 2.6.0 on other ABIs ported before 2.6", () => {
    const s = computeSince(growing("i386", ["read", "openat"]), MAN);
    expect(s.get("5.10")?.get("i386")?.get("read")).toBe("1.0");
    for (const abi of ["alpha", "s390x", "mips-o32"] as const) {
      const t = computeSince(growing(abi, ["read", "openat"]), MAN);
      expect(t.get("5.10")?.get(abi)?.get("read")).toBe("1.0–2.6.0");
      expect(t.get("5.10")?.get(abi)?.get("openat")).toBe("2.6.16"); // after 2.6.0: every such port had it
    }
    // A younger port keeps its own release as the lower bound.
    expect(computeSince(growing("arm64", ["read"]), MAN).get("5.10")?.get("arm64")?.get("read")).toBe("3.7");
  });

  it("gives the range of releases when the documented version does not fit", () => {
    // clone3 is 5.3, but this ABI only got it between 6.1 and 6.12.
    const s = computeSince(growing("sh", ["read"], { "6.12": ["clone3", "brandnew"], "7.3": ["newest"] }), MAN);
    expect(s.get("6.12")?.get("sh")?.get("clone3")).toBe("6.2–6.12");
    expect(s.get("6.12")?.get("sh")?.get("brandnew")).toBe("6.2–6.12");
    expect(s.get("7.3")?.get("sh")?.get("newest")).toBe("7.3"); // (7.2, 7.3] holds one release
  });

  it("compares with the previous kernel that has the ABI, whatever the input order", () => {
    const p = presence({ "6.12": { m68k: ["read", "late"] }, "5.10": { m68k: ["read"] }, "6.1": { x86_64: ["read"] } });
    const s = computeSince(p, MAN);
    expect(s.get("6.12")?.get("m68k")?.get("late")).toBe("5.11–6.12");
    expect(s.get("6.1")?.has("m68k")).toBe(false);
  });
});

describe("range strings", () => {
  it("round-trip", () => {
    expect(formatRange("6.2", "6.12")).toBe("6.2–6.12");
    expect(formatRange("7.3", "7.3")).toBe("7.3");
    expect(sinceBounds("6.2–6.12")).toEqual({ from: "6.2", to: "6.12" });
    expect(sinceBounds("2.6.16")).toEqual({ from: "2.6.16", to: "2.6.16" });
  });
});
