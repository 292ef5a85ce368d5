import { describe, expect, it } from "vitest";
import { abiFile, syscall } from "./test-fixtures";
import { buildAllRows } from "./all-matrix";
import { groupSignatures, syscallOnAbis } from "./syscall-across";

const x86 = abiFile("6.12", "x86_64", [syscall(2, "open"), syscall(257, "openat", { categories: ["uncategorized"] })]);
const arm64 = abiFile("6.12", "arm64", [
  syscall(56, "openat"),
  syscall(1024, "open", { implemented: false, entry: "sys_ni_syscall", params: null }),
  syscall(98, "futex", { params: [{ name: "uaddr", type: "u32 __user *", size: 8 }] }),
]);

describe("buildAllRows", () => {
  const rows = buildAllRows([x86, arm64]);
  it("lines up every name against every ABI's number, sorted by name", () => {
    expect(rows.map((r) => [r.name, r.nrs])).toEqual([
      ["futex", [null, 98]],
      ["open", [2, 1024]],
      ["openat", [257, 56]],
    ]);
  });
  it("marks slots without an implementation", () => {
    expect(rows.find((r) => r.name === "open")?.ni).toEqual([1]);
  });
  it("unions categories, dropping 'uncategorized' when another ABI knows better", () => {
    expect(rows.find((r) => r.name === "openat")?.categories).toEqual(["desc", "file"]);
  });
  it("takes the argument count from the first ABI with a prototype", () => {
    expect(rows.find((r) => r.name === "futex")?.argc).toBe(1);
    expect(rows.find((r) => r.name === "open")?.argc).toBe(2);
  });
});

describe("groupSignatures", () => {
  it("groups ABIs that agree on the prototype; unknown prototypes last", () => {
    // Same C prototype as x86_64, other sizes (ILP32): still one group.
    const i386 = abiFile("6.12", "i386", [syscall(5, "open", { params: [{ name: "dfd", type: "int", size: 4 }, { name: "filename", type: "const char __user *", size: 4 }] })], 32);
    const groups = groupSignatures(syscallOnAbis([x86, arm64, i386], "open"));
    expect(groups.map((g) => g.abis)).toEqual([["x86_64", "i386"], ["arm64"]]);
    expect(groups[1]?.params).toBeNull();
  });
});
