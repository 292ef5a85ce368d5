/** Counts per verdict and per kind of reason, for the top of a diff page or report. */
import { REASON_KINDS, VERDICTS, type DiffSummary, type ReasonKind, type SyscallDiff, type Verdict } from "./types";

export function summarize(rows: readonly SyscallDiff[]): DiffSummary {
  const verdicts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  const reasons = Object.fromEntries(REASON_KINDS.map((k) => [k, 0])) as Record<ReasonKind, number>;
  let onlyOnA = 0;
  let onlyOnB = 0;
  let missingWithEquivalent = 0;
  let withCaveats = 0;
  for (const row of rows) {
    verdicts[row.verdict] += 1;
    for (const kind of new Set(row.reasons.map((r) => r.kind))) reasons[kind] += 1;
    if (row.presentOn === "a") onlyOnA += 1;
    if (row.presentOn === "b") onlyOnB += 1;
    if (row.verdict === "missing" && row.equivalents.length) missingWithEquivalent += 1;
    if (row.caveats.length) withCaveats += 1;
  }
  return { total: rows.length, verdicts, reasons, onlyOnA, onlyOnB, missingWithEquivalent, withCaveats };
}
