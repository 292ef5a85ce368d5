/**
 * Reads `select SYM [if EXPR]` lines from an arch's Kconfig files, to learn which
 * select-only symbols (CLONE_BACKWARDS*, ARCH_SPLIT_ARG64, ...) the arch turns on.
 * A select counts when its `config` block's own symbol and its `if` both hold under the
 * ABI's known symbols. Select-only symbols (declared in arch/Kconfig as a bare `bool`)
 * that nothing selects are off.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { evalExpr } from "./preproc-expr";

export interface KconfigSelect {
  symbol: string;
  /** Symbol of the enclosing config block, or null at top level. */
  block: string | null;
  /** Kconfig `if` expression of the select and of enclosing `if` blocks. */
  conds: string[];
  file: string;
}

export interface ArchKconfig {
  selects: KconfigSelect[];
  /** Symbols declared as bare `bool` without a prompt in arch/Kconfig. */
  selectOnly: Set<string>;
}

function kconfigFiles(dir: string): string[] {
  const out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e);
    const st = statSync(p);
    if (st.isDirectory()) {
      if (e !== "boot" && e !== "include" && e !== "configs") out.push(...kconfigFiles(p));
    } else if (/^Kconfig/.test(e)) out.push(p);
  }
  return out;
}

export function readArchKconfig(treeRoot: string, arch: string): ArchKconfig {
  const selects: KconfigSelect[] = [];
  for (const file of kconfigFiles(join(treeRoot, "arch", arch))) {
    let block: string | null = null;
    const ifs: string[] = [];
    const lines = readFileSync(file, "latin1").split("\n");
    for (const raw of lines) {
      const line = raw.replace(/#.*$/, "").trim();
      let m: RegExpExecArray | null;
      if ((m = /^(?:menu)?config\s+(\w+)/.exec(line))) block = m[1] ?? null;
      else if (/^(menu|endmenu|choice|endchoice|comment|source)\b/.test(line)) block = null;
      else if ((m = /^if\s+(.+)$/.exec(line))) ifs.push(m[1] ?? "");
      else if (/^endif\b/.test(line)) ifs.pop();
      else if ((m = /^select\s+(\w+)(?:\s+if\s+(.+))?$/.exec(line)) && m[1])
        selects.push({ symbol: m[1], block, conds: [...ifs, ...(m[2] ? [m[2]] : [])], file });
    }
  }
  const selectOnly = new Set<string>();
  let text = "";
  try {
    text = readFileSync(join(treeRoot, "arch/Kconfig"), "latin1");
  } catch {
    // no arch/Kconfig: nothing is known to be select-only
  }
  let name: string | null = null;
  let body: string[] = [];
  let inHelp = false;
  const flush = () => {
    const isBareBool = body.some((l) => /^bool\s*$/.test(l));
    const hasDefault = body.some((l) => /^(default|def_bool|prompt|bool\s+")/.test(l));
    if (name && isBareBool && !hasDefault) selectOnly.add(name);
  };
  for (const raw of text.split("\n")) {
    const m = /^config\s+(\w+)/.exec(raw);
    if (m) {
      flush();
      name = m[1] ?? null;
      body = [];
      inHelp = false;
    } else if (/^\s/.test(raw) || raw === "") {
      if (/^\s*(help|---help---)\s*$/.test(raw)) inHelp = true;
      if (!inHelp) body.push(raw.trim());
    }
    else {
      flush();
      name = null;
      body = [];
    }
  }
  flush();
  return { selects, selectOnly };
}

/** Kconfig expression -> tri-state, with `known(sym)` for plain symbols. */
export function evalKconfigExpr(expr: string, known: (sym: string) => boolean | null): boolean | null {
  // Kconfig symbols may start with a digit (64BIT): rename them all to K_<sym>.
  const cexpr = expr
    .replace(/"[^"]*"/g, "0")
    .replace(/([^!<>=])=([^=])/g, "$1==$2")
    .replace(/\b[A-Za-z0-9_]+\b/g, (t) => (t === "y" ? "1" : t === "n" ? "0" : /^\d+$/.test(t) ? t : `K_${t}`));
  const sym = (n: string) => (n.startsWith("K_") ? known(n.slice(2)) : null);
  const v = evalExpr(cexpr, {
    defined: sym,
    value: (n) => {
      const k = sym(n);
      return k === null ? null : k ? 1 : 0;
    },
  });
  return v === null ? null : v !== 0;
}

/** Is `sym` selected on this arch, given the known symbols? */
export function selectedValue(cfg: ArchKconfig, sym: string, arch: string, known: (sym: string) => boolean | null): boolean | null {
  let result: boolean | null = false;
  let any = false;
  for (const s of cfg.selects) {
    if (s.symbol !== sym) continue;
    any = true;
    const blockVal = s.block === null ? true : known(s.block);
    let v: boolean | null = blockVal;
    for (const c of s.conds) {
      if (v === false) break;
      const cv = evalKconfigExpr(c, known);
      v = v === null || cv === null ? (cv === false ? false : null) : v && cv;
    }
    if (v === true) return true;
    if (v === null) result = null;
  }
  void arch;
  if (!any) return cfg.selectOnly.has(sym) ? false : null;
  return result;
}
