/**
 * Finds, in one cleaned source file (comments and strings blanked, preprocessor lines
 * blanked), the top-level `XXX_DEFINEn(...)` macro uses and the top-level C function
 * definitions and declarations, with their source lines.
 */
import { lineAt, matchBracket } from "./c-text";

export interface MacroUse {
  /** e.g. "SYSCALL_DEFINE3", "COMPAT_SYSCALL_DEFINE2", "PPC32_SYSCALL_DEFINE6". */
  macro: string;
  count: number;
  args: string;
  line: number;
}

export interface CFunction {
  name: string;
  returnType: string;
  params: string;
  line: number;
  kind: "def" | "decl";
}

export interface FileDefinitions {
  macros: MacroUse[];
  functions: CFunction[];
}

const KEYWORDS = new Set(["if", "while", "for", "switch", "return", "sizeof", "typeof", "__typeof__", "defined", "do", "else", "case", "goto", "__attribute__", "asm", "__asm__", "_Static_assert", "static_assert"]);
/** Storage classes and attributes dropped from a return type. */
const DROP = /\b(asmlinkage|static|inline|__inline__|__always_inline|noinline|notrace|__visible|__weak|extern|__init|__cold|__noreturn|noinstr|__used|__maybe_unused|__nocfi|__kprobes|SYSCALL_ALIAS)\b/g;

export function parseDefinitions(code: string, lineStarts: readonly number[]): FileDefinitions {
  const macros: MacroUse[] = [];
  const functions: CFunction[] = [];
  const re = /\b([A-Za-z_]\w*)\s*\(/g;
  let depth = 0;
  let scanned = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(code))) {
    for (let i = scanned; i < m.index; i++) {
      const ch = code.charCodeAt(i);
      if (ch === 123) depth++;
      else if (ch === 125 && depth > 0) depth--;
    }
    scanned = m.index;
    if (depth !== 0) continue;
    const name = m[1] ?? "";
    const open = m.index + m[0].length - 1;
    const close = matchBracket(code, open);
    if (close < 0) continue; // unbalanced (assembly in a header, say): skip this one
    const macro = /^[A-Z0-9_]*DEFINE(\d)$/.exec(name);
    if (macro) {
      macros.push({ macro: name, count: Number(macro[1]), args: code.slice(open + 1, close), line: lineAt(lineStarts, m.index) });
      re.lastIndex = close + 1;
      continue;
    }
    if (KEYWORDS.has(name) || /^[A-Z0-9_]+$/.test(name)) {
      re.lastIndex = close + 1;
      continue;
    }
    const fn = readFunction(code, m.index, name, open, close, lineStarts);
    if (fn) functions.push(fn);
    re.lastIndex = close + 1;
  }
  return { macros, functions };
}

function readFunction(code: string, nameAt: number, name: string, open: number, close: number, lineStarts: readonly number[]): CFunction | null {
  // Return type: back to the previous ; } { ) or start of file.
  let b = nameAt - 1;
  while (b >= 0 && !";{})".includes(code[b] ?? "")) b--;
  // A return type never spans a blank line (or a blanked directive): stop there.
  const before = code.slice(b + 1, nameAt).split(/\n[ \t]*\n/).pop() ?? "";
  if (!/^[\w\s*]*$/.test(before)) return null;
  const returnType = before.replace(DROP, " ").replace(/\s+/g, " ").replace(/\s+\*/g, " *").trim();
  if (!/[A-Za-z_]/.test(returnType)) return null;
  // What follows the parameter list decides definition or declaration.
  let a = close + 1;
  for (let guard = 0; guard < 4; guard++) {
    while (a < code.length && /\s/.test(code[a] ?? "")) a++;
    const attr = /^[A-Za-z_]\w*/.exec(code.slice(a, a + 64));
    if (!attr) break;
    a += attr[0].length;
    while (a < code.length && /\s/.test(code[a] ?? "")) a++;
    if (code[a] === "(") {
      const c = matchBracket(code, a);
      if (c < 0) return null;
      a = c + 1;
    }
  }
  const next = code[a];
  const kind = next === "{" ? "def" : next === ";" || next === "," ? "decl" : null;
  if (!kind) return null;
  const startAt = nameAt - before.length + (before.length - before.trimStart().length);
  return { name, returnType, params: code.slice(open + 1, close), line: lineAt(lineStarts, startAt), kind };
}
