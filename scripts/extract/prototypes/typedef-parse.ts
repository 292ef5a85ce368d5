/**
 * Reads `typedef` statements out of cleaned C text (comments blanked):
 * `typedef unsigned short __kernel_mode_t;`, `typedef struct x {...} __user *y_t;`,
 * `typedef int a, *b;`, `typedef void (*fn_t)(int);`, `typedef u32 arr_t[2];`.
 */
import { lineAt, matchBracket, normalizeType, splitTopLevel } from "./c-text";

export interface TypedefStmt {
  name: string;
  /** The aliased type, e.g. "unsigned short", "struct x __user *", "u32 [2]". */
  target: string;
  line: number;
}

const ATTRS = /__attribute__\s*\(\((?:[^()]|\([^()]*\))*\)\)|\b__aligned\s*\([^()]*\)|\b__packed\b|\b__bitwise\b|\b__may_alias\b/g;

export function parseTypedefs(code: string, lineStarts: readonly number[]): TypedefStmt[] {
  const out: TypedefStmt[] = [];
  const re = /\btypedef\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(code))) {
    // Find the terminating ';' outside braces.
    let i = m.index + m[0].length;
    let body = "";
    let from = i;
    for (; i < code.length; i++) {
      const ch = code[i];
      if (ch === "{") {
        const close = matchBracket(code, i);
        if (close < 0) return out;
        body += code.slice(from, i) + " ";
        i = close;
        from = i + 1;
      } else if (ch === ";") break;
    }
    body += code.slice(from, i);
    re.lastIndex = i + 1;
    const line = lineAt(lineStarts, m.index);
    for (const t of readDeclarators(body.replace(ATTRS, " "))) out.push({ ...t, line });
  }
  return out;
}

function readDeclarators(text: string): { name: string; target: string }[] {
  const parts = splitTopLevel(text.replace(/\s+/g, " ").trim());
  const first = parts[0] ?? "";
  const fp = /^(.*?)\(\s*\*\s*(\w+)\s*\)\s*\((.*)\)$/.exec(first);
  if (fp?.[2]) return [{ name: fp[2], target: normalizeType(`${fp[1]}(*)(${fp[3]})`) }];
  const d = /^(.*?)((?:\*\s*)*)(\w+)\s*((?:\[[^\]]*\]\s*)*)$/.exec(first);
  if (!d?.[3] || !d[1]?.trim()) return [];
  const base = d[1].trim();
  const out = [{ name: d[3], target: declType(base, d[2] ?? "", d[4] ?? "") }];
  for (const more of parts.slice(1)) {
    const e = /^((?:\*\s*)*)(\w+)\s*((?:\[[^\]]*\]\s*)*)$/.exec(more);
    if (e?.[2]) out.push({ name: e[2], target: declType(base, e[1] ?? "", e[3] ?? "") });
  }
  return out;
}

function declType(base: string, stars: string, arrays: string): string {
  const s = stars.replace(/\s+/g, "");
  const a = arrays.replace(/\s+/g, "");
  return normalizeType(`${base}${s ? " " + s : ""}${a ? " " + a : ""}`);
}
