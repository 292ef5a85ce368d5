/**
 * Parameter-count agreement between our extracted data and the Berberis import, for one
 * ABI. Pure: two parsed AbiFiles in, rows and disagreements out. A syscall is compared
 * when both files have it by name, both say it is implemented, and both have params.
 * `berberisSource` (where the importer took Berberis's params from) lets callers hold
 * the DWARF-derived ones to the target and the hand-written ones apart.
 */
import type { AbiFile, AbiId } from "@/lib/schema/kernel-api";

export interface CountRow {
  abi: AbiId;
  name: string;
  ours: number;
  berberis: number;
  berberisSource: string;
}

export interface AbiComparison {
  abi: AbiId;
  rows: CountRow[];
  disagreements: CountRow[];
  /** In both and implemented in both, Berberis has params, ours are null. */
  oursMissing: { name: string; berberisSource: string }[];
  /** Same name, different number. */
  nrMismatches: { name: string; ours: number; berberis: number }[];
  /** Names only one side has. */
  onlyOurs: string[];
  onlyBerberis: string[];
}

export function compareParamCounts(ours: AbiFile, berberis: AbiFile, sourceOf: (name: string) => string = () => "unknown"): AbiComparison {
  if (ours.abi !== berberis.abi) throw new Error(`comparing ${ours.abi} with ${berberis.abi}`);
  const theirs = new Map(berberis.syscalls.map((s) => [s.name, s]));
  const rows: CountRow[] = [];
  const oursMissing: AbiComparison["oursMissing"] = [];
  const nrMismatches: AbiComparison["nrMismatches"] = [];
  for (const mine of ours.syscalls) {
    const other = theirs.get(mine.name);
    if (!other) continue;
    if (other.nr !== mine.nr) nrMismatches.push({ name: mine.name, ours: mine.nr, berberis: other.nr });
    if (!mine.implemented || !other.implemented || other.params === null) continue;
    if (mine.params === null) {
      oursMissing.push({ name: mine.name, berberisSource: sourceOf(mine.name) });
      continue;
    }
    rows.push({ abi: ours.abi, name: mine.name, ours: mine.params.length, berberis: other.params.length, berberisSource: sourceOf(mine.name) });
  }
  const ourNames = new Set(ours.syscalls.map((s) => s.name));
  return {
    abi: ours.abi,
    rows,
    disagreements: rows.filter((r) => r.ours !== r.berberis),
    oursMissing,
    nrMismatches,
    onlyOurs: ours.syscalls.filter((s) => !theirs.has(s.name)).map((s) => s.name),
    onlyBerberis: berberis.syscalls.filter((s) => !ourNames.has(s.name)).map((s) => s.name),
  };
}

export interface Agreement {
  compared: number;
  agreed: number;
  /** agreed / compared (1 when nothing was compared). */
  rate: number;
}

export function agreement(rows: readonly CountRow[]): Agreement {
  const agreed = rows.filter((r) => r.ours === r.berberis).length;
  return { compared: rows.length, agreed, rate: rows.length ? agreed / rows.length : 1 };
}

export interface ExpectedDisagreement {
  abi: AbiId;
  name: string;
  ours: number;
  berberis: number;
  reason: string;
}

/** Disagreements nobody explained, and explanations for disagreements that are gone. */
export function checkExpected(actual: readonly CountRow[], expected: readonly ExpectedDisagreement[]) {
  const key = (d: { abi: string; name: string; ours: number; berberis: number }) => `${d.abi} ${d.name} ours=${d.ours} berberis=${d.berberis}`;
  const explained = new Set(expected.map(key));
  const seen = new Set(actual.map(key));
  return {
    unexplained: actual.filter((d) => !explained.has(key(d))).map(key),
    stale: expected.filter((d) => !seen.has(key(d))).map(key),
  };
}
