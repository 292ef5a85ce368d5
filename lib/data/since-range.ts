/**
 * The "since" value's text form, shared by the extractor that writes it and the pages that
 * explain it: one release ("2.6.16") or a range of releases ("6.2–6.12": one of 6.2 ... 6.12).
 * Pure; client-safe.
 */

export const RANGE_SEPARATOR = "–"; // en dash

/** "6.2–6.12" -> { from: "6.2", to: "6.12" }; "2.6.16" -> { from: "2.6.16", to: "2.6.16" }. */
export function sinceBounds(since: string): { from: string; to: string } {
  const [from = "", to = from] = since.split(RANGE_SEPARATOR);
  return { from, to };
}
