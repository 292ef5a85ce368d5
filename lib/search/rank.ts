/**
 * Order of search results: rows whose number matches a numeric query first, then an exact
 * name, then names starting with the query (shortest first), then the fuzzy hits by score.
 * Pure: the fuzzy hits come in from whoever ran Fuse.
 */
import { parseNumberQuery } from "./number-query";

export interface FuzzyHit {
  name: string;
  score: number;
}

/** The numbers a row answers to: its own, and its number minus the ABI's base (x32, MIPS). */
export interface RowNumber {
  nr: number;
  base?: number | undefined;
}

export function rankRows<R extends { name: string }>(
  rows: readonly R[],
  query: string,
  fuzzyHits: readonly FuzzyHit[],
  numbersOf: (row: R) => readonly RowNumber[],
): R[] {
  const q = query.trim().toLowerCase();
  if (q === "") return [...rows];
  const byName = new Map(rows.map((r) => [r.name, r]));
  const out: R[] = [];
  const seen = new Set<string>();
  const take = (r: R | undefined) => {
    if (r && !seen.has(r.name)) {
      seen.add(r.name);
      out.push(r);
    }
  };

  const n = parseNumberQuery(q);
  if (n !== null) {
    for (const r of rows) if (numbersOf(r).some((x) => x.nr === n)) take(r);
    for (const r of rows) if (numbersOf(r).some((x) => x.base !== undefined && x.base > 0 && x.nr === x.base + n)) take(r);
  }
  take(byName.get(q));
  rows
    .filter((r) => r.name.toLowerCase().startsWith(q))
    .sort((a, b) => a.name.length - b.name.length || a.name.localeCompare(b.name))
    .forEach(take);
  [...fuzzyHits].sort((a, b) => a.score - b.score).forEach((h) => take(byName.get(h.name)));
  return out;
}
