/**
 * C type text reduced to what matters for the ABI: qualifiers (`const`, `volatile`,
 * `restrict`) and sparse annotations (`__user`, `__force`...) dropped, integer keyword
 * runs in one spelling (`unsigned` = `unsigned int`, `signed` = `int`, `long int` = `long`,
 * `short unsigned` = `unsigned short`), spaces normalised. Two spellings of one type then
 * compare equal; a different type (`int *` vs `void *`) still differs.
 */
const IGNORED = /\b(const|volatile|restrict|__restrict|__user|__force|__kernel|__iomem|__percpu|__rcu)\b/g;
const INT_RUN = /\b(?:(?:signed|unsigned|int|long|short|char)\b\s*)+/g;

function canonicalInteger(run: string): string {
  const words = run.trim().split(/\s+/);
  const has = (w: string) => words.includes(w);
  const longs = words.filter((w) => w === "long").length;
  if (has("char")) return has("unsigned") ? "unsigned char" : has("signed") ? "signed char" : "char";
  const base = has("short") ? "short" : longs >= 2 ? "long long" : longs === 1 ? "long" : "int";
  return `${has("unsigned") ? "unsigned " : ""}${base} `;
}

export function canonicalType(t: string): string {
  return t
    .replace(IGNORED, " ")
    .replace(INT_RUN, (run) => `${canonicalInteger(run)} `)
    .replace(/\s*\*\s*/g, " * ")
    .replace(/\s+/g, " ")
    .trim();
}
