/**
 * Kernel ids and release strings: ordering, the newest stable kernel, and the git tag a
 * release corresponds to (for links to the source at that exact kernel). Pure; client-safe.
 */

/** Compare two "X.Y" kernel ids numerically ("5.10" < "6.1" < "6.12"). */
export function compareKernelIds(a: string, b: string): number {
  const [aMaj = 0, aMin = 0] = a.split(".").map(Number);
  const [bMaj = 0, bMin = 0] = b.split(".").map(Number);
  return aMaj - bMaj || aMin - bMin;
}

/** The newest kernel that is not a preview, or null when every kernel is a preview. */
export function newestStable<K extends { id: string; preview: boolean }>(kernels: readonly K[]): K | null {
  let best: K | null = null;
  for (const k of kernels) if (!k.preview && (best === null || compareKernelIds(k.id, best.id) > 0)) best = k;
  return best;
}

/**
 * The upstream git tag for a release string. Mainline tags drop a ".0" patch level and keep
 * the rc suffix ("7.3.0-rc7" -> "v7.3-rc7", "6.12.0" -> "v6.12"); stable releases keep it
 * ("6.12.117" -> "v6.12.117"). Debian or local suffixes ("-1", "-amd64", "+deb12") are dropped.
 * Returns null for a string that does not start with a version.
 */
export function releaseTag(release: string): string | null {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:-(rc\d+))?/.exec(release.trim());
  if (!m) return null;
  const [, major, minor, patch, rc] = m;
  const patchPart = patch !== undefined && patch !== "0" ? `.${patch}` : "";
  const rcPart = rc !== undefined ? `-${rc}` : "";
  return `v${major}.${minor}${patchPart}${rcPart}`;
}

/** Is this string a kernel range ("6.1..6.12"), as used by the kernel diff URLs? */
export function parseKernelRange(param: string): { from: string; to: string } | null {
  const m = /^(\d+\.\d+)\.\.(\d+\.\d+)$/.exec(param);
  return m && m[1] && m[2] ? { from: m[1], to: m[2] } : null;
}
