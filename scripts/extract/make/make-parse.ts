/**
 * Read the few kbuild Makefiles that drive syscall header generation: variables
 * (`=`, `:=`, `+=`, `?=`), target- and pattern-specific variables (`t: abis := i386`),
 * rules with their recipes, and `include`s of other Makefiles under `arch/`. Conditionals
 * (`ifeq` ...) are read as if true; `define` blocks are skipped; `$(shell ...)` is never run.
 * Just enough make to learn which `--abis` and `--offset` a header is generated with.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { expandMake, type MakeDb, type MakeVar } from "./make-expand";

export interface MakeRule {
  targets: string[];
  prereqs: string[];
  recipe: string[];
  file: string;
}

export interface ParsedMake extends MakeDb {
  rules: MakeRule[];
}

export function emptyMake(predefined: Record<string, string>): ParsedMake {
  const vars = new Map<string, MakeVar>();
  for (const [k, v] of Object.entries(predefined)) vars.set(k, { value: v, simple: true });
  vars.set("space", { value: " ", simple: true });
  vars.set("comma", { value: ",", simple: true });
  vars.set("empty", { value: "", simple: true });
  return { vars, targetVars: [], rules: [] };
}

/** Join continuation lines and drop comments (an unescaped `#` outside a recipe's quotes). */
function logicalLines(text: string): string[] {
  return text
    .replace(/\\\r?\n[ \t]*/g, " ")
    .split("\n")
    .map((l) => l.replace(/(^|[^\\])#.*$/, "$1").replace(/\s+$/, ""));
}

/** Position of the first top-level `:` or `=` (outside `$(...)`), and which it is. */
function splitOp(line: string): { at: number; op: string } | null {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "$" && (line[i + 1] === "(" || line[i + 1] === "{")) {
      depth++;
      i++;
    } else if (depth > 0 && (c === ")" || c === "}")) depth--;
    else if (depth === 0 && c === "=") {
      const prev = line[i - 1];
      if (prev === "+" || prev === "?") return { at: i - 1, op: `${prev}=` };
      return { at: i, op: "=" };
    } else if (depth === 0 && c === ":") {
      if (line.startsWith("::=", i)) return { at: i, op: "::=" };
      if (line[i + 1] === "=") return { at: i, op: ":=" };
      return { at: i, op: ":" };
    }
  }
  return null;
}

export function assign(db: MakeDb, name: string, op: string, raw: string): void {
  const old = db.vars.get(name);
  if (op === ":=" || op === "::=") db.vars.set(name, { value: expandMake(raw, db), simple: true });
  else if (op === "?=") {
    if (!old) db.vars.set(name, { value: raw, simple: false });
  } else if (op === "+=") {
    if (!old) db.vars.set(name, { value: raw, simple: false });
    else {
      const add = old.simple ? expandMake(raw, db) : raw;
      db.vars.set(name, { value: old.value ? `${old.value} ${add}` : add, simple: old.simple });
    }
  } else db.vars.set(name, { value: raw, simple: false });
}

/**
 * Parse `file` (relative to `root`) into `db`. `followInclude(path)` decides which included
 * Makefiles are read too (paths relative to the tree root).
 */
export function parseMakefile(db: ParsedMake, root: string, file: string, followInclude: (path: string) => boolean): void {
  const lines = logicalLines(readFileSync(join(root, file), "utf8"));
  let inDefine = false;
  let current: MakeRule | null = null;
  for (const line of lines) {
    if (inDefine) {
      if (/^\s*endef\b/.test(line)) inDefine = false;
      continue;
    }
    if (line.startsWith("\t")) {
      current?.recipe.push(line.slice(1));
      continue;
    }
    current = null;
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (/^define\s/.test(trimmed)) {
      inDefine = true;
      continue;
    }
    if (/^(ifeq|ifneq|ifdef|ifndef|else|endif|export|unexport|override)\b/.test(trimmed)) continue;
    const inc = /^-?s?include\s+(.*)$/.exec(trimmed);
    if (inc) {
      for (const p of expandMake(inc[1] ?? "", db).split(/\s+/).filter(Boolean)) {
        const rel = posix.normalize(p);
        if (followInclude(rel) && existsSync(join(root, rel))) parseMakefile(db, root, rel, followInclude);
      }
      continue;
    }
    const op = splitOp(trimmed);
    if (!op) continue;
    if (op.op !== ":") {
      assign(db, trimmed.slice(0, op.at).trim(), op.op, trimmed.slice(op.at + op.op.length).trim());
      continue;
    }
    const targets = expandMake(trimmed.slice(0, op.at), db).split(/\s+/).filter(Boolean).map((t) => posix.normalize(t));
    const rest = trimmed.slice(op.at + 1).trim();
    const tv = /^([A-Za-z0-9_.-]+)\s*(::=|:=|\+=|\?=|=)\s*(.*)$/.exec(rest);
    if (tv) {
      const [, name = "", vop = "=", raw = ""] = tv;
      const value = vop === ":=" || vop === "::=" ? expandMake(raw, db) : raw;
      for (const target of targets) db.targetVars.push({ target, name, op: vop, value });
      continue;
    }
    const [prereqText, inlineRecipe] = rest.split(";", 2);
    current = {
      targets,
      prereqs: expandMake(prereqText ?? "", db).split(/\s+/).filter(Boolean),
      recipe: inlineRecipe ? [inlineRecipe.trim()] : [],
      file,
    };
    db.rules.push(current);
  }
}
