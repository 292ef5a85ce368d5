/**
 * Real data, every kernel whose tree is unpacked in .cache/ (vitest global setup) or named by
 * KERNEL_SRC_<X>_<Y>; kernels not present are skipped, nothing is downloaded here.
 * For each table-driven ABI, run the command our Makefile reader derived (the tree's own
 * script: scripts/syscallhdr.sh, the older per-arch syscallhdr.sh, or s390's syscalltbl)
 * and compare its #defines with our rows. This checks how we interpret those scripts
 * (prefix matching of --abis, offsets, sorting) on 5.10's older layout and the newer
 * kernels; the 6.12 test (kernel-view-6.12.real.test.ts) checks the Makefile reading itself.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { abiNumbers } from "./abi-numbers";
import { ABI_RULES } from "./abi-rules";
import { findAbiSource } from "./abi-source";
import { resolveOffset } from "./arch-constants";
import { KERNEL_PACKAGES } from "./kernels";
import { cachedKernelTree } from "./test-support/kernel-tree";


const out = mkdtempSync(join(tmpdir(), "atlas-scripts-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function scriptDefines(root: string, abi: string): Map<string, number> | null {
  const rule = ABI_RULES.find((r) => r.abi === abi);
  if (!rule) throw new Error(abi);
  const src = findAbiSource(root, rule);
  if (src.kind !== "table") return null;
  const defines = new Map<string, number>();
  for (const c of src.commands) {
    const offset = resolveOffset(root, rule, c.offset);
    const file = join(out, `${abi}-${c.header}`);
    let text: string;
    if (c.args.includes("-H")) {
      text = execFileSync("sh", [c.script, "-H", "-a", (c.abis ?? []).join(","), "-f", file], { cwd: root, input: readFileSync(join(root, c.table)), encoding: "utf8" });
    } else {
      execFileSync("sh", [c.script, ...c.args.map((a) => (a.includes("/include/generated/") ? file : a))], { cwd: root });
      text = readFileSync(file, "utf8");
    }
    for (const m of text.matchAll(/^#define __NR_(\w+)\s+(?:\((\w+)\s*\+\s*(\d+)\)|(\d+))\s*$/gm)) {
      const name = m[1] ?? "";
      if (name === "syscalls" || name === "syscall_max") continue;
      defines.set(name, m[3] !== undefined ? offset + Number(m[3]) : Number(m[4]));
    }
  }
  // csky and hexagon's uapi unistd.h (by hand): #define __NR_sync_file_range2 84, #undef __NR_sync_file_range.
  const moved = abi === "csky" || abi === "hexagon" ? defines.get("sync_file_range") : undefined;
  if (moved !== undefined) {
    defines.delete("sync_file_range");
    defines.set("sync_file_range2", moved);
  }
  return defines;
}

for (const { kernel } of KERNEL_PACKAGES) {
  const root = cachedKernelTree(kernel);
  describe.skipIf(!root)(`Linux ${kernel}: our numbers equal the tree's own header scripts`, () => {
    it.each(ABI_RULES.map((r) => r.abi))("%s", (abi) => {
      const tree = root ?? "";
      const rule = ABI_RULES.find((r) => r.abi === abi);
      if (!rule) throw new Error(abi);
      const kernelView = scriptDefines(tree, abi);
      const nums = abiNumbers(tree, rule);
      if (!kernelView || !nums.present) return; // asm-generic (generic-unistd-cpp test) or absent
      const mine = new Map(nums.rows.filter((r) => r.tableAbi !== "private").map((r) => [r.name, r.nr]));
      const bad = [...kernelView].filter(([n, nr]) => mine.get(n) !== nr).map(([n, nr]) => `${n}=${nr} ours ${mine.get(n)}`);
      const extra = [...mine.keys()].filter((n) => !kernelView.has(n));
      expect(bad).toEqual([]);
      expect(extra).toEqual([]);
      expect(kernelView.size).toBeGreaterThan(250);
    });
  });
}
