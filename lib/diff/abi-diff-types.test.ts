import { describe, expect, it } from "vitest";
import type { TypeNode } from "@/lib/schema/kernel-api";
import { diffAbis } from "./abi-diff";
import { abiFile, sys } from "./test-fixtures";

const int = (bits: number): TypeNode => ({ kind: "int", signed: true, size: bits });
const base: Record<string, TypeNode> = {
  int32: int(32),
  int64: int(64),
  "struct stat*": { kind: "pointer", pointee: "struct stat", size: 64 },
  "struct list*": { kind: "pointer", pointee: "struct list", size: 64 },
  "struct list": { kind: "struct", size: 128, fields: [{ name: "next", offset: 0, type: "struct list*" }, { name: "v", offset: 64, type: "int64" }] },
};
const statRiscv: TypeNode = { kind: "struct", size: 128, fields: [{ name: "st_dev", offset: 0, type: "int64" }, { name: "st_mode", offset: 64, type: "int32" }, { name: "st_nlink", offset: 96, type: "int32" }] };
const statX86: TypeNode = { kind: "struct", size: 192, fields: [{ name: "st_dev", offset: 0, type: "int64" }, { name: "st_nlink", offset: 64, type: "int64" }, { name: "st_mode", offset: 128, type: "int32" }] };

const calls = [
  sys("fstat", 80, [["arg0", "int32", 4, "int32"], ["arg1", "struct stat*", 8, "struct stat*"]]),
  sys("walk", 500, [["arg0", "struct list*", 8, "struct list*"]]),
];
const riscv = abiFile("riscv64", calls, { kernel: "6.1", types: { ...base, "struct stat": statRiscv } });
const x86 = abiFile("x86_64", calls.map((c) => ({ ...c, nr: c.nr + 1 })), { kernel: "6.1", types: { ...base, "struct stat": statX86 } });

describe("diffAbis with type graphs", () => {
  const d = diffAbis(riscv, x86);

  it("says why a pointer parameter's layout differs: the first field that differs", () => {
    expect(d.typeLevel).toBe(true);
    const fstat = d.rows.find((r) => r.name === "fstat");
    expect(fstat?.verdict).toBe("needs-translation");
    expect(fstat?.reasons).toEqual([
      { kind: "type-layout", params: [1], message: "arg 2 (arg1): struct stat* → struct stat.st_mode: field st_mode (int32) at 8 bytes on riscv64, st_nlink (int64) at 8 bytes on x86_64" },
    ]);
    expect(fstat?.caveats).toEqual([]);
  });

  it("follows a self-referencing struct without looping and finds it compatible", () => {
    expect(d.rows.find((r) => r.name === "walk")).toMatchObject({ verdict: "renumbered", reasons: [], caveats: [] });
  });

  it("falls back to a caveat when only one side has a type graph", () => {
    const plain = abiFile("x86_64", calls, { kernel: "6.1" });
    const e = diffAbis(riscv, plain);
    expect(e.typeLevel).toBe(false);
    expect(e.rows.find((r) => r.name === "fstat")?.caveats.join()).toContain("layout not compared");
  });
});
