/**
 * Real kernel trees for tests: `KERNEL_SRC_<X>_<Y>` (e.g. KERNEL_SRC_6_12) may name an
 * unpacked tree; otherwise the package is fetched and unpacked through the extractor's own
 * download code into the repo's `.cache/` (reused by later runs, no network when warm).
 */
import { resolve } from "node:path";
import { resolveInput, type ResolvedInput } from "../input";

export const REPO_ROOT = resolve(import.meta.dirname, "../../..");
export const CACHE_DIR = resolve(REPO_ROOT, ".cache");
/** Allow a cold download and unpack (~150 MB) in beforeAll. */
export const TREE_TIMEOUT = 900_000;

export async function kernelTree(series: string): Promise<ResolvedInput> {
  const env = process.env[`KERNEL_SRC_${series.replace(".", "_")}`];
  return resolveInput(env || `linux-source-${series}`, CACHE_DIR);
}
