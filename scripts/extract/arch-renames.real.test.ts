/**
 * Real trees (skipped when absent): csky and hexagon include the generated unistd_32.h
 * (84 = sync_file_range) and then rename 84 to sync_file_range2 in their uapi unistd.h;
 * their table sources map the entry to sys_sync_file_range2. 6.1 reads the same arches
 * through asm-generic/unistd.h with cpp, an independent path that must agree.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ABI_IDS } from "@/lib/schema/kernel-api";
import { abiNumbers } from "./abi-numbers";
import { abiRule } from "./abi-rules";
import { cachedKernelTree } from "./test-support/kernel-tree";

const tree = (v: string) => cachedKernelTree(v) ?? `/nonexistent/linux-source-${v}`;
const rowsOf = (root: string, abi: "csky" | "hexagon") => {
  const n = abiNumbers(root, abiRule(abi));
  if (!n.present) throw new Error(`${abi} absent: ${n.reason}`);
  return n.rows;
};

describe.each(["6.12", "7.2", "7.3"])("arch renames in %s", (v) => {
  const root = tree(v);
  describe.skipIf(!existsSync(join(root, "Makefile")))("tree", () => {
    it.each(["csky", "hexagon"] as const)("%s: 84 is sync_file_range2 run by sys_sync_file_range2; no sync_file_range", (abi) => {
      const rows = rowsOf(root, abi);
      const r84 = rows.filter((r) => r.nr === 84);
      expect(r84.map((r) => [r.name, r.entry])).toEqual([["sync_file_range2", "sys_sync_file_range2"]]);
      expect(rows.some((r) => r.name === "sync_file_range")).toBe(false);
    });

    it("no other ABI is renamed (only csky and hexagon #undef a __NR_ name)", () => {
      for (const abi of ABI_IDS) {
        const n = abiNumbers(root, abiRule(abi));
        if (!n.present || abi === "csky" || abi === "hexagon") continue;
        expect(n.rows.filter((r) => r.notes?.some((x) => x.includes("#undefs"))), abi).toEqual([]);
      }
    });
  });
});

describe.skipIf(!existsSync(join(tree("6.1"), "Makefile")))("6.1 (asm-generic view) agrees", () => {
  it.each(["csky", "hexagon"] as const)("%s: 84 is sync_file_range2", (abi) => {
    expect(rowsOf(tree("6.1"), abi).filter((r) => r.nr === 84).map((r) => [r.name, r.entry])).toEqual([["sync_file_range2", "sys_sync_file_range2"]]);
  });
});
