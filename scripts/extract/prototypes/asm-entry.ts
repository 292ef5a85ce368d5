/**
 * Entry points written in assembly. Finds the routine of a symbol in the arch's .S files
 * (a label, ENTRY/SYM_FUNC_START/LEAF/NESTED, .globl/.ent) and the functions its body
 * calls or jumps to, so a stub like `sys_mmap2: ... b sys_mmap_pgoff` can be followed to
 * a C prototype. Files are read on first need and cached per arch.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface AsmEntry {
  symbol: string;
  file: string;
  line: number;
  /** Symbols the routine calls or branches to, in order. */
  calls: string[];
}

interface AsmFile {
  file: string;
  /** Lines after expanding the file's own `.macro`s. */
  lines: string[];
  /** Source line (1-based) of each expanded line. */
  origin: number[];
}

const cache = new Map<string, AsmFile[]>();

/** Expand `.macro name args ... .endm` invocations defined in the same file. */
export function expandAsmMacros(text: string): { lines: string[]; origin: number[] } {
  const src = text.split("\n");
  const macros = new Map<string, { params: string[]; body: string[] }>();
  const lines: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const l = src[i] ?? "";
    const def = /^\s*\.macro\s+(\w+)\s*(.*)$/.exec(l);
    if (def?.[1]) {
      const body: string[] = [];
      for (i++; i < src.length && !/^\s*\.endm\b/.test(src[i] ?? ""); i++) body.push(src[i] ?? "");
      const params = (def[2] ?? "").split(/[\s,]+/).map((p) => p.replace(/[:=].*$/, "")).filter(Boolean);
      macros.set(def[1], { params, body });
      continue;
    }
    const use = /^\s*(\w+)\s+(.*)$/.exec(l);
    const m = use?.[1] ? macros.get(use[1]) : undefined;
    if (m) {
      const args = (use?.[2] ?? "").split(/\s*,\s*|\s+/).filter(Boolean);
      for (const b of m.body) {
        let out = b;
        m.params.forEach((p, k) => {
          out = out.split(`\\${p}\\()`).join(args[k] ?? "").split(`\\${p}`).join(args[k] ?? "");
        });
        lines.push(out);
        origin.push(i + 1);
      }
      continue;
    }
    lines.push(l);
    origin.push(i + 1);
  }
  return { lines, origin };
}

function asmFiles(treeRoot: string, arch: string): AsmFile[] {
  const key = `${treeRoot}\0${arch}`;
  let files = cache.get(key);
  if (files) return files;
  const found: AsmFile[] = [];
  const walk = (rel: string) => {
    let entries;
    try {
      entries = readdirSync(join(treeRoot, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (!/\/(boot|tools|configs|include|um)$/.test(p)) walk(p);
      } else if (e.name.endsWith(".S")) found.push({ file: p, ...expandAsmMacros(readFileSync(join(treeRoot, p), "latin1")) });
    }
  };
  walk(`arch/${arch}`);
  cache.set(key, found);
  return found;
}

const CALL = /^\s*(?:call|jbsr|jsr|bsr|jal|j|jmp|jra|jbra|b|ba|ba,pt|ba,a|bl|brlid|bralid|brid|bri|l\.j|l\.jal|tail|jr|br|bra|callx|call0|jump)\b.*?\b([A-Za-z_]\w*)\s*(?:;.*)?$/;
const END = /^\s*(?:ENDPROC|END|SYM_FUNC_END|SYM_CODE_END|\.size|\.end)\b|^\s*(?:ENTRY|SYM_FUNC_START|SYM_CODE_START|LEAF|NESTED)\(/;

function bodyCalls(lines: readonly string[], from: number): string[] {
  const calls: string[] = [];
  for (let k = from + 1; k < Math.min(lines.length, from + 40); k++) {
    const l = lines[k] ?? "";
    if (END.test(l)) break;
    const code = l.replace(/\/\*.*?\*\/|[#|@!].*$|\/\/.*$/g, "");
    const m = CALL.exec(code);
    if (m?.[1]) calls.push(m[1]);
    // Address loads of a routine (sparc `%lo(sparc_vfork)`, openrisc `hi(sys_clone)`).
    for (const r of code.matchAll(/(?:%|\b)(?:hi|lo)\(\s*([A-Za-z_]\w*)\s*\)/g)) if (r[1] && !calls.includes(r[1])) calls.push(r[1]);
  }
  return calls;
}

/**
 * Every assembly routine of `symbol` in the arch (a label or ENTRY-style start; a bare
 * .globl/.ent mention only when there is none), with the calls of its body.
 */
export function findAsmEntries(treeRoot: string, arch: string, symbol: string): AsmEntry[] {
  if (!/^\w+$/.test(symbol)) return [];
  const label = new RegExp(`^\\s*(?:${symbol}:|(?:ENTRY|SYM_FUNC_START|SYM_CODE_START|LEAF|NESTED|FEXPORT)\\(\\s*${symbol}\\b)`);
  const mention = new RegExp(`^\\s*\\.(?:globl|global|ent)\\s+(?:\\w+\\s*,\\s*)*${symbol}\\b`);
  const out: AsmEntry[] = [];
  const mentions: AsmEntry[] = [];
  for (const f of asmFiles(treeRoot, arch)) {
    f.lines.forEach((l, i) => {
      const line = f.origin[i] ?? i + 1;
      if (label.test(l)) out.push({ symbol, file: f.file, line, calls: bodyCalls(f.lines, i) });
      else if (mention.test(l)) mentions.push({ symbol, file: f.file, line, calls: [] });
    });
  }
  return out.length ? out : mentions;
}
