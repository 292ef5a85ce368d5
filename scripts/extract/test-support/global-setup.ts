/**
 * vitest global setup: fetch and unpack the real kernel trees once, before the test files
 * run in parallel. ATLAS_SKIP_TREES=1 skips it (the real-data tests then skip or fetch
 * on their own).
 */
import { TEST_KERNELS, kernelTree } from "./kernel-tree";

export default async function setup(): Promise<void> {
  if (process.env.ATLAS_SKIP_TREES === "1") return;
  for (const series of TEST_KERNELS) {
    const started = Date.now();
    const tree = await kernelTree(series);
    const seconds = (Date.now() - started) / 1000;
    if (seconds > 1) console.log(`kernel tree ${series}: ${tree.root} (${seconds.toFixed(0)} s)`);
  }
}
