/**
 * Size in bytes of a C parameter type on one ABI: pointers and arrays are a word,
 * base types follow ILP32 / LP64, typedefs are followed through the kernel's own
 * definitions (`lookup`). A struct or union passed by value has no size here (null).
 */

export type SizeResult = { size: number } | { size: null; reason: string };

export interface SizeContext {
  wordBits: 32 | 64;
  /** The aliased type of a typedef name, or undefined. */
  lookup(name: string): string | undefined;
}

const QUALIFIERS = new Set(["const", "volatile", "__user", "__force", "__bitwise", "__iomem", "restrict", "__restrict", "__kernel", "__rcu", "register", "__nocast"]);

export function sizeOfType(type: string, ctx: SizeContext, depth = 0): SizeResult {
  const word = ctx.wordBits / 8;
  if (/[*[(]/.test(type)) return { size: word };
  const words = type
    .replace(/__attribute__\s*\(\(.*\)\)/g, " ")
    .replace(/\b__aligned\s*\([^)]*\)/g, " ")
    .split(/\s+/)
    .filter((w) => w && !QUALIFIERS.has(w));
  if (words.length === 0) return { size: null, reason: `empty type "${type}"` };
  const head = words[0] ?? "";
  if (head === "struct" || head === "union") return { size: null, reason: `${head} passed by value (${words.join(" ")})` };
  if (head === "enum") return { size: 4 };
  const base = baseSize(words, word);
  if (base !== undefined) return base === null ? { size: null, reason: `void is not a parameter type` } : { size: base };
  if (words.length !== 1) return { size: null, reason: `cannot size "${type}"` };
  if (depth > 24) return { size: null, reason: `typedef loop at ${head}` };
  const target = ctx.lookup(head);
  if (target === undefined) return { size: null, reason: `unknown type ${head}` };
  return sizeOfType(target, ctx, depth + 1);
}

const BASE = new Set(["char", "short", "int", "long", "signed", "unsigned", "_Bool", "bool", "float", "double", "void", "__signed__", "__int128"]);

/** Size of a type made only of C base-type words; undefined if it is not one, null for void. */
function baseSize(words: string[], word: number): number | null | undefined {
  if (!words.every((w) => BASE.has(w))) return undefined;
  const count = (w: string) => words.filter((x) => x === w).length;
  if (count("void")) return null;
  if (count("char")) return 1;
  if (count("short")) return 2;
  if (count("__int128")) return 16;
  if (count("long") >= 2) return 8;
  if (count("double")) return count("long") ? 16 : 8;
  if (count("long")) return word;
  if (count("_Bool") || count("bool")) return 1;
  if (count("float")) return 4;
  return 4;
}
