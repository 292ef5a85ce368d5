import { describe, expect, it } from "vitest";
import type { NumberRow } from "./abi-numbers";
import { assertNoDuplicateRows, duplicateRows } from "./row-duplicates";

const T64 = "arch/x86/entry/syscalls/syscall_64.tbl";
const r = (nr: number, name: string, where: string): NumberRow => ({ nr, name, tableAbi: "common", entry: `sys_${name}`, compatEntry: null, implemented: true, where });

describe("duplicateRows", () => {
  it("accepts distinct numbers and names", () => {
    expect(duplicateRows("x86_64", [r(0, "read", `${T64}:2`), r(1, "write", `${T64}:3`)])).toEqual([]);
  });

  it("names the repeating table line and the first one", () => {
    // Rows arrive sorted by number; "first" is still the earlier line of the table.
    const rows = [r(0, "read", `${T64}:2`), r(0, "again", `${T64}:9`), r(1, "write", `${T64}:3`), r(7, "read", `${T64}:1`)];
    expect(duplicateRows("x86_64", rows)).toEqual([
      `${T64}:2: name: duplicate read (first on line 1), selected for x86_64`,
      `${T64}:9: nr: duplicate 0 (first on line 2), selected for x86_64`,
    ]);
  });

  it("gives the full place when the first is in another file", () => {
    const rows = [r(0xf0002, "cacheflush", "arch/arm/include/uapi/asm/unistd.h"), r(0xf0002, "other", "arch/arm/tools/syscall.tbl:5")];
    expect(duplicateRows("arm", rows)).toEqual([`arch/arm/tools/syscall.tbl:5: nr: duplicate 983042 (first at arch/arm/include/uapi/asm/unistd.h), selected for arm`]);
  });

  it("throws every problem at once", () => {
    const rows = [r(0, "read", `${T64}:2`), r(0, "read", `${T64}:4`)];
    expect(() => assertNoDuplicateRows("x86_64", rows)).toThrow(
      `${T64}:4: nr: duplicate 0 (first on line 2), selected for x86_64\n${T64}:4: name: duplicate read (first on line 2), selected for x86_64`,
    );
  });
});
