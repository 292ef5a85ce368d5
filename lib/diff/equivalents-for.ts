/**
 * Applies the equivalence data: which calls on the other side can stand in for a
 * syscall that side lacks. Generic over the relation kinds; no per-syscall code here.
 */
import { EQUIVALENCES, type Equivalence } from "./equivalences";
import type { EquivalentRef } from "./types";

/** Names that can replace `name`, each with the reason, in data order. */
export function candidatesFor(
  name: string,
  table: readonly Equivalence[] = EQUIVALENCES,
): { name: string; reason: string }[] {
  const out: { name: string; reason: string }[] = [];
  const add = (names: readonly string[], reason: string) => {
    for (const n of names) if (n !== name) out.push({ name: n, reason });
  };
  for (const eq of table) {
    switch (eq.kind) {
      case "alias":
        if (eq.names.includes(name)) add(eq.names, eq.reason);
        break;
      case "replaced-by":
        if (eq.old.includes(name)) add(eq.by, eq.reason);
        break;
      case "multiplexer":
        if (eq.multiplexer === name) add(eq.calls, eq.reason);
        else if (eq.calls.includes(name)) add([eq.multiplexer], eq.reason);
        break;
    }
  }
  return out;
}

/**
 * The candidates for `name` that the other side actually has (`present`: name -> nr),
 * first reason wins for a name that several relations offer.
 */
export function equivalentsFor(
  name: string,
  present: ReadonlyMap<string, number>,
  table: readonly Equivalence[] = EQUIVALENCES,
): EquivalentRef[] {
  const seen = new Set<string>();
  const out: EquivalentRef[] = [];
  for (const c of candidatesFor(name, table)) {
    const nr = present.get(c.name);
    if (nr === undefined || seen.has(c.name)) continue;
    seen.add(c.name);
    out.push({ name: c.name, nr, reason: c.reason });
  }
  return out;
}
