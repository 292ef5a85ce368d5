/** A search box query that is a syscall number, in decimal ("59") or hex ("0x3b"). */
export function parseNumberQuery(query: string): number | null {
  const q = query.trim();
  let n: number;
  if (/^\d+$/.test(q)) n = Number.parseInt(q, 10);
  else if (/^0x[0-9a-f]+$/i.test(q)) n = Number.parseInt(q.slice(2), 16);
  else return null;
  return Number.isSafeInteger(n) ? n : null;
}
