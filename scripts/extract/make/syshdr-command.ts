/**
 * Work out, from the tree's own Makefiles, the exact command kbuild runs to generate one
 * uapi `unistd*.h` header: which script, which table, and the `--abis` / `--offset` /
 * `--prefix` arguments (or the older positional `in out abis prefix offset` form, or s390's
 * `syscalltbl -H -a abis < table`). Returns null when the arch does not generate that header.
 */
import { posix } from "node:path";
import { expandMake, targetLocals, patsubst, matchesPattern } from "./make-expand";
import { emptyMake, parseMakefile, type MakeRule, type ParsedMake } from "./make-parse";

export interface SyshdrCommand {
  header: string;
  /** The Makefile holding the rule. */
  makefile: string;
  table: string;
  script: string;
  /** Arguments after the script, as make passes them. */
  args: string[];
  /** `--abis` split on commas; null = every line of the table. */
  abis: string[] | null;
  /** Symbolic or numeric offset added to every number, e.g. "__X32_SYSCALL_BIT". */
  offset: string | null;
  prefix: string;
}

export interface MakeSource {
  /** Makefiles to read, in order, relative to the tree root. */
  files: string[];
  /** `$(src)` / `$(obj)` as kbuild sets them for this directory. */
  src: string;
  obj: string;
  arch: string;
  /** Variables whose final value lists the generated uapi headers. */
  listVars: readonly string[];
}

/** Variables arch Makefiles (and uapi Kbuild files) list their generated uapi headers in. */
export const LIST_VARS = ["uapisyshdr-y", "uapi-hdrs-y", "syscall-y"] as const;

export function loadMake(root: string, source: MakeSource): ParsedMake {
  const db = emptyMake({ srctree: ".", objtree: ".", src: source.src, obj: source.obj, SRCARCH: source.arch, ARCH: source.arch, CONFIG_SHELL: "sh" });
  for (const f of source.files) parseMakefile(db, root, f, (p) => p.startsWith("arch/"));
  return db;
}

/** Shell words of an expanded command line (quotes removed, `<` kept as a word). */
export function shellWords(cmd: string): string[] {
  const out: string[] = [];
  let word: string | null = null;
  for (let i = 0; i < cmd.length; i++) {
    const c = cmd[i] ?? "";
    if (c === "'" || c === '"') {
      const end = cmd.indexOf(c, i + 1);
      word = (word ?? "") + cmd.slice(i + 1, end < 0 ? cmd.length : end);
      i = end < 0 ? cmd.length : end;
    } else if (/\s/.test(c) || c === "<") {
      if (word !== null) out.push(word);
      word = null;
      if (c === "<") out.push("<");
    } else word = (word ?? "") + c;
  }
  if (word !== null) out.push(word);
  return out;
}

function findRule(db: ParsedMake, path: string): { rule: MakeRule; target: string; stem: string } | null {
  let best: { rule: MakeRule; target: string; stem: string } | null = null;
  for (const rule of db.rules) {
    if (!rule.recipe.some((r) => /\$\(call\s+(if_changed|filechk|cmd),\s*syshdr\b/.test(r))) continue;
    for (const t of rule.targets) {
      if (t === path) return { rule, target: t, stem: "" };
      if (t.includes("%") && matchesPattern(t, path)) {
        const stem = patsubst(t, "%", path);
        if (!best || stem.length < best.stem.length) best = { rule, target: t, stem };
      }
    }
  }
  return best;
}

function interpret(words: string[], header: string, makefile: string): Omit<SyshdrCommand, "header" | "makefile"> {
  const [script = "", ...rest] = words[0] === "sh" ? words.slice(1) : words;
  const split = (s: string | undefined): string[] | null => (s ? s.split(",").filter(Boolean) : null);
  if (rest.includes("-H")) {
    // s390 (before 6.13): syscalltbl -H -a <abis> -f <file> < <table>
    const a = rest.indexOf("-a");
    const lt = rest.indexOf("<");
    return { table: rest[lt + 1] ?? "", script, args: rest, abis: split(a >= 0 ? rest[a + 1] : "common,64"), offset: null, prefix: "" };
  }
  if (rest.some((w) => w.startsWith("--"))) {
    const opts = new Map<string, string>();
    const positional: string[] = [];
    for (let i = 0; i < rest.length; i++) {
      const w = rest[i] ?? "";
      if (w === "--emit-nr") continue;
      if (w === "--abis" || w === "--offset" || w === "--prefix") opts.set(w, rest[++i] ?? "");
      else if (w.startsWith("--")) throw new Error(`${makefile}: ${header}: unknown syscallhdr option ${w}`);
      else positional.push(w);
    }
    return { table: positional[0] ?? "", script, args: rest, abis: split(opts.get("--abis")), offset: opts.get("--offset") || null, prefix: opts.get("--prefix") ?? "" };
  }
  // Older per-arch scripts: <in> <out> [abis] [prefix] [offset]
  const [table = "", , abis, prefix, offset] = rest;
  return { table, script, args: rest, abis: split(abis), offset: offset || null, prefix: prefix ?? "" };
}

/** The command generating `arch/<arch>/include/generated/uapi/asm/<header>`, or null if none. */
export function readSyshdrCommand(root: string, source: MakeSource, header: string): SyshdrCommand | null {
  const db = loadMake(root, source);
  const listed = source.listVars.some((v) =>
    expandMake(`$(${v})`, db)
      .split(/\s+/)
      .some((w) => posix.basename(w) === header),
  );
  if (!listed) return null;
  const path = `arch/${source.arch}/include/generated/uapi/asm/${header}`;
  const found = findRule(db, path);
  if (!found) throw new Error(`${source.files.join(", ")}: ${header} is listed but no rule generates it`);
  const { rule, stem } = found;
  const prereqs = rule.prereqs.map((p) => posix.normalize(p.replace("%", stem)));
  const base = new Map<string, string>([
    ["@", path],
    ["2", path],
    ["<", prereqs[0] ?? ""],
    ["^", prereqs.join(" ")],
    ["*", stem],
    ["basetarget", header.replace(/\.[^.]*$/, "")],
  ]);
  const local = targetLocals(db, path, base);
  const call = rule.recipe.map((r) => /\$\(call\s+(if_changed|filechk|cmd),\s*(\w+)/.exec(r)).find(Boolean);
  const cmdVar = call?.[1] === "filechk" ? `filechk_${call[2]}` : `cmd_${call?.[2] ?? "syshdr"}`;
  const words = shellWords(expandMake(`$(${cmdVar})`, db, { local }));
  const cmd = interpret(words, header, rule.file);
  return { header, makefile: rule.file, ...cmd, table: posix.normalize(cmd.table), script: posix.normalize(cmd.script) };
}

