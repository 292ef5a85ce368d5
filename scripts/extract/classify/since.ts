/**
 * "since": the first Linux release that has a syscall on an ABI, as a post-pass over all
 * extracted kernels. Values are exact ("2.6.16") or a range of releases ("6.2–6.12": the
 * call first appeared in one of 6.2 ... 6.12), or null when nothing trustworthy is known.
 * README.md gives the rules with examples.
 */
import { RANGE_SEPARATOR } from "@/lib/data/since-range";
import type { AbiId } from "@/lib/schema/kernel-api";
import { ABI_PORTS, MAN_ARCH_WORDS, OLD_PORTS_BY, portedBefore26 } from "./abi-ports";
import { lateDirectCall, type LateCall } from "./direct-calls";
import { cmp, nextRelease } from "./kernel-version";
import { manVersion, type ManPages } from "./man-pages";
import { SINCE_FACTS } from "./since-data";

/** kernel id -> ABI -> names of the (implemented) syscalls it has. */
export type Presence = Map<string, Map<AbiId, Set<string>>>;
/** kernel id -> ABI -> name -> since. */
export type SinceMap = Map<string, Map<AbiId, Map<string, string | null>>>;

export function formatRange(from: string, to: string): string {
  return cmp(from, to) === 0 ? from : `${from}${RANGE_SEPARATOR}${to}`;
}

/** What the documentation says: man pages (per-arch notes first), then our small table. */
export function documentedSince(man: ManPages | null, name: string, abi: AbiId): string | null {
  const fromMan = man ? manVersion(man, name) : null;
  if (fromMan?.row) {
    for (const [word, version] of Object.entries(fromMan.row.archSince)) {
      if (MAN_ARCH_WORDS[word]?.includes(abi)) return version;
    }
  }
  return fromMan?.version ?? SINCE_FACTS[name]?.version ?? null;
}

const maxVersion = (a: string, b: string): string => (cmp(a, b) >= 0 ? a : b);

/**
 * Since for one call on one ABI, given the ABI's kernels in order (oldest first), the index
 * of the first that has the call, and the documented version.
 */
export function sinceFor(kernels: string[], first: number, documentedForLinux: string | null, abi: AbiId, warn: (m: string) => void, late: LateCall | null = null): string | null {
  const hi = kernels[first];
  if (hi === undefined) throw new Error(`sinceFor: no kernel at index ${first}`);
  // The ABI got the call later than Linux did (direct-calls.ts): its own release when known.
  const documented = late?.version ?? documentedForLinux;
  if (first > 0) {
    // Absent in the previous kernel we have: it appeared in (prev, hi].
    const lo = nextRelease(kernels[first - 1] ?? "");
    if (documented && cmp(documented, lo) >= 0 && cmp(documented, hi) <= 0) return documented;
    if (documented && cmp(documented, hi) > 0) warn(`${abi}: documented version ${documented} is after ${hi}, where the call already exists`);
    return formatRange(lo, hi);
  }
  // Present in our oldest kernel of this ABI: trust the documentation, raised to the ABI's birth.
  const port = ABI_PORTS[abi];
  if (documented === null) return port ? formatRange(port.version, hi) : null;
  const lo = port ? maxVersion(documented, port.version) : documented;
  if (cmp(lo, hi) > 0) {
    warn(`${abi}: documented version ${documented} is after ${hi}, where the call already exists`);
    return null;
  }
  // Known to be later than Linux gained the call, but not when: somewhere up to our first kernel.
  if (late && late.version === null) return formatRange(lo, hi);
  // Older than the ABI's pre-2.6 port, which the man pages do not date (see abi-ports.ts).
  if (!late && portedBefore26(abi) && cmp(lo, OLD_PORTS_BY) < 0) return formatRange(lo, OLD_PORTS_BY);
  const raisedToPort = port !== undefined && cmp(port.version, documented) > 0;
  return raisedToPort && !port.exact ? formatRange(lo, hi) : lo;
}

export interface ComputeSinceOptions {
  /** Called for documentation that contradicts our kernels. */
  warn?: (message: string) => void;
  /** Called once per (ABI, call) whose "since" a direct-calls.ts rule decided, with its note. */
  note?: (abi: AbiId, name: string, note: string) => void;
}

export function computeSince(presence: Presence, man: ManPages | null, opts: ComputeSinceOptions = {}): SinceMap {
  const kernels = [...presence.keys()].sort(cmp);
  const abis = new Set<AbiId>();
  for (const byAbi of presence.values()) for (const abi of byAbi.keys()) abis.add(abi);
  const out: SinceMap = new Map(kernels.map((k) => [k, new Map()]));
  for (const abi of abis) {
    const withAbi = kernels.filter((k) => presence.get(k)?.has(abi));
    const names = new Set(withAbi.flatMap((k) => [...(presence.get(k)?.get(abi) ?? [])]));
    for (const name of names) {
      const first = withAbi.findIndex((k) => presence.get(k)?.get(abi)?.has(name));
      const warn = (m: string): void => opts.warn?.(`since ${name}: ${m}`);
      const late = lateDirectCall(man, abi, name, names);
      // The rules speak of releases before our first kernel; a later arrival is seen directly.
      if (late && first === 0) opts.note?.(abi, name, late.note);
      const since = sinceFor(withAbi, first, documentedSince(man, name, abi), abi, warn, first === 0 ? late : null);
      for (const k of withAbi) {
        if (!presence.get(k)?.get(abi)?.has(name)) continue;
        const byAbi = out.get(k) ?? new Map<AbiId, Map<string, string | null>>();
        out.set(k, byAbi);
        const byName = byAbi.get(abi) ?? new Map<string, string | null>();
        byAbi.set(abi, byName);
        byName.set(name, since);
      }
    }
  }
  return out;
}
