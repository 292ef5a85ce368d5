import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { ABI_IDS } from "@/lib/schema/kernel-api";
import { generateKernel } from "./generate";
import { makeTree } from "./test-support/fixture-tree";
import { X86_TREE } from "./test-support/x86-fixture";

const root = makeTree(X86_TREE);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const plain = { prototypes: null, man: null, classify: false };
const gen = () => generateKernel({ root, package: "directory", version: null, sha256: null, command: "test" }, plain);

describe("generateKernel on a small x86 tree", () => {
  const k = gen();
  const file = (abi: string) => k.files.find((f) => f.abi === abi);

  it("writes the three x86 ABIs and records the others as absent", () => {
    expect(k.kernel).toBe("6.12");
    expect(k.files.map((f) => f.abi)).toEqual(["x86_64", "x32", "i386"]);
    expect(k.manifest.absent?.map((a) => a.abi)).toEqual(ABI_IDS.filter((a) => !["x86_64", "x32", "i386"].includes(a)));
    expect(k.manifest.absent?.find((a) => a.abi === "arm")?.reason).toBe("no arch/arm in this kernel");
  });

  it("selects lines per ABI and applies the x32 offset", () => {
    expect(file("x86_64")?.syscalls.map((s) => [s.nr, s.name, s.tableAbi])).toEqual([
      [0, "read", "common"],
      [1, "write", "common"],
      [3, "ioctl", "64"],
      [4, "tuxcall", "common"],
    ]);
    expect(file("x32")?.syscalls.map((s) => [s.nr, s.name, s.entry])).toEqual([
      [0x40000000, "read", "sys_read"],
      [0x40000001, "write", "sys_write"],
      [0x40000004, "tuxcall", null],
      [0x40000200, "ioctl", "compat_sys_ioctl"],
    ]);
  });

  it("keeps empty slots flagged, takes compat entries from the 5th column, notes noreturn", () => {
    const tux = file("x86_64")?.syscalls.find((s) => s.name === "tuxcall");
    expect(tux).toMatchObject({ entry: null, implemented: false, params: null, categories: ["uncategorized"], man: false, since: null });
    const i386 = file("i386")?.syscalls ?? [];
    expect(i386.find((s) => s.name === "ioctl")).toMatchObject({ entry: "sys_ioctl", compatEntry: "compat_sys_ioctl", implemented: true });
    expect(i386.find((s) => s.name === "exit")).toMatchObject({ compatEntry: null, notes: ["noreturn: does not return to the caller"] });
    // Empty slots are rows flagged not implemented, not "unresolved" misses.
    expect(file("x86_64")?.syscalls.find((s) => s.name === "tuxcall")).toMatchObject({ entry: null, implemented: false, params: null });
    expect(file("i386")?.syscalls.find((s) => s.name === "mpx")).toMatchObject({ entry: null, implemented: false });
    expect(k.manifest.unresolved).toEqual([]);
  });

  it("fills the manifest: release, counts, a stable input hash", () => {
    expect(k.manifest).toMatchObject({ release: "6.12.1", preview: false, input: { package: "directory", version: null } });
    expect(k.manifest.abis).toEqual([
      { abi: "x86_64", file: "x86_64.json", syscalls: 4, implemented: 3, withParams: 0 },
      { abi: "x32", file: "x32.json", syscalls: 4, implemented: 3, withParams: 0 },
      { abi: "i386", file: "i386.json", syscalls: 4, implemented: 3, withParams: 0 },
    ]);
    expect(k.manifest.input.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(gen().manifest.input.sha256).toBe(k.manifest.input.sha256);
    expect(file("x86_64")?.source).toEqual({ kind: "linux", release: "6.12.1", tables: ["arch/x86/entry/syscalls/syscall_64.tbl"] });
  });
});

describe("generateKernel: --kernel must be the tree's series", () => {
  const input = { root, package: "directory", version: null, sha256: null, command: "test" };

  it("accepts the Makefile's VERSION.PATCHLEVEL", () => {
    expect(generateKernel({ ...input, kernel: "6.12" }, plain).kernel).toBe("6.12");
  });

  it("refuses another series, naming the tree's Makefile", () => {
    expect(() => generateKernel({ ...input, kernel: "6.1" }, plain)).toThrow(
      `--kernel 6.1 does not match the tree: ${root}/Makefile has VERSION = 6, PATCHLEVEL = 12 (release 6.12.1)`,
    );
  });
});
