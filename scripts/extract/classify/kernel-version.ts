/**
 * Linux release numbers as the man pages and our kernel ids write them ("1.0", "2.6.16",
 * "6.12"): parse, compare, check plausibility, and name the release after a series.
 */

export type Version = readonly number[];

/** "2.6.16" -> [2, 6, 16]; null for anything that is not 2-3 dotted numbers. */
export function parseVersion(text: string): Version | null {
  if (!/^\d+\.\d+(\.\d+)?$/.test(text)) return null;
  return text.split(".").map(Number);
}

/** Numeric order; missing trailing parts count as 0 ("6.1" == "6.1.0"). */
export function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function cmp(a: string, b: string): number {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  if (!va || !vb) throw new Error(`not a kernel version: "${va ? b : a}"`);
  return compareVersions(va, vb);
}

/**
 * Highest minor (or, for 1.x/2.x, third part) each major series reached, so a typo in a
 * man page ("2.4.116") is not taken for a release. Series past the newest entry are open.
 */
const LAST_IN_SERIES: Record<string, number> = {
  "1": 3, // 1.0, 1.1.x, 1.2, 1.3.x
  "2.0": 40,
  "2.1": 132,
  "2.2": 26,
  "2.3": 99,
  "2.4": 37,
  "2.5": 75,
  "2.6": 39,
  "3": 19,
  "4": 20,
  "5": 19,
  "6": 19,
};

/** A version that names a real Linux release (or development kernel) as far as we know. */
export function isPlausibleRelease(text: string): boolean {
  const v = parseVersion(text);
  if (!v) return false;
  const [major = 0, minor = 0, patch] = v;
  if (major === 1) return minor <= (LAST_IN_SERIES["1"] ?? 0);
  if (major === 2) {
    const last = LAST_IN_SERIES[`2.${minor}`];
    return last !== undefined && (patch === undefined || patch <= last);
  }
  if (patch !== undefined) return false; // 3.x onward: "3.19", never a third part here
  const last = LAST_IN_SERIES[String(major)];
  return last === undefined ? major >= 7 : minor <= last;
}

/** The release that followed kernel id `k` ("6.12" -> "6.13", "5.19" -> "6.0"). */
export function nextRelease(k: string): string {
  const v = parseVersion(k);
  if (!v || v.length !== 2) throw new Error(`not a kernel series id: "${k}"`);
  const [major = 0, minor = 0] = v;
  const last = major >= 3 ? LAST_IN_SERIES[String(major)] : undefined;
  return last !== undefined && minor >= last ? `${major + 1}.0` : `${major}.${minor + 1}`;
}
