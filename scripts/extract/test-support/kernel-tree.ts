/**
 * Real kernel trees for tests: `KERNEL_SRC_<X>_<Y>` (e.g. KERNEL_SRC_6_12) may name an
 * unpacked tree; otherwise the package is fetched and unpacked through the extractor's own
 * download code into the repo's `.cache/` (reused by later runs, no network when warm).
 * vitest's global setup (./global-setup.ts) fetches TEST_KERNELS once, before any test
 * file runs, so parallel test files never unpack the same tree at the same time.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { upstreamVersion } from "../debian/source-uris";
import { STAMP } from "../debian/tree-unpack";
import { resolveInput, type ResolvedInput } from "../input";
import { kernelPackage, packageSpec } from "../kernels";

export const REPO_ROOT = resolve(import.meta.dirname, "../../..");
export const CACHE_DIR = resolve(REPO_ROOT, ".cache");
/** Allow a cold download and unpack (~150 MB) in beforeAll. */
export const TREE_TIMEOUT = 900_000;
/** The kernels the real-data tests read. */
export const TEST_KERNELS = ["5.10", "6.1", "6.12", "7.2", "7.3"] as const;

const envTree = (series: string) => process.env[`KERNEL_SRC_${series.replace(".", "_")}`];

/** The package the committed data of `series` was extracted from (pinned version included). */
function specFor(series: string): string {
  const k = kernelPackage(series);
  return k ? packageSpec(k) : `linux-source-${series}`;
}

export async function kernelTree(series: string): Promise<ResolvedInput> {
  return resolveInput(envTree(series) || specFor(series), CACHE_DIR);
}

/** The tree named by KERNEL_SRC_<X>_<Y> or already unpacked in .cache/, without fetching. */
export function cachedKernelTree(series: string): string | null {
  const env = envTree(series);
  if (env) return env;
  const trees = join(CACHE_DIR, "trees");
  if (!existsSync(trees)) return null;
  // Trees are named after their file: <package>_<version>_all (a .deb; a pinned version
  // must match exactly) or <source>_<upstream>.orig (a source package's orig tarball).
  const k = kernelPackage(series);
  const matches =
    k?.kind === "source"
      ? (d: string) => d === `${k.package}_${upstreamVersion(k.version)}.orig`
      : (d: string) => d.startsWith(k?.version ? `linux-source-${series}_${k.version}_` : `linux-source-${series}_`);
  const dir = readdirSync(trees).find((d) => matches(d) && existsSync(join(trees, d, STAMP)));
  return dir ? join(trees, dir) : null;
}
