/**
 * Renames an arch makes on top of a generated syscall header. csky and hexagon, for
 * example, include the generated <asm/unistd_32.h> (number 84 = __NR_sync_file_range)
 * and then write
 *     #define __NR_sync_file_range2 84
 *     #undef __NR_sync_file_range
 * so user space sees only sync_file_range2; their syscall table source also says
 * `#define sys_sync_file_range sys_sync_file_range2`, so that is the entry the kernel runs.
 * Both facts are read from the tree here and applied to the rows built from the table.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** What an arch's uapi unistd.h does to `__NR_` names after including the generated header. */
export interface UnistdEdits {
  file: string;
  /** `#undef __NR_<name>`: name -> line. */
  undefs: Map<string, number>;
  /** `#define __NR_<name> <number | __NR_<other>>`: name -> value and line. */
  defines: Map<string, { value: { nr: number } | { sameAs: string }; line: number }>;
}

export interface EntryAlias {
  from: string;
  to: string;
  where: string;
}

interface Directive {
  name: string;
  arg: string;
  line: number;
  /** Nesting depth of #if blocks around the directive. */
  depth: number;
}

/** Preprocessor directives of a file, with their #if depth (an include guard does not count). */
function directives(text: string): Directive[] {
  const all: { name: string; arg: string; line: number }[] = [];
  const lines = text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " ")).split("\n");
  lines.forEach((raw, i) => {
    const m = /^\s*#\s*(\w+)\s*(.*?)\s*(\/\/.*)?$/.exec(raw);
    if (m?.[1]) all.push({ name: m[1], arg: m[2] ?? "", line: i + 1 });
  });
  const [a, b] = all;
  const guarded = a?.name === "ifndef" && b?.name === "define" && b.arg === a.arg && all[all.length - 1]?.name === "endif";
  const body = guarded ? all.slice(2, -1) : all;
  const out: Directive[] = [];
  let depth = 0;
  for (const d of body) {
    if (d.name === "endif") depth--;
    else if (d.name === "if" || d.name === "ifdef" || d.name === "ifndef") depth++;
    else out.push({ ...d, depth });
  }
  return out;
}

/**
 * The `#undef __NR_<old>` and `#define __NR_<new> <number | __NR_<old>>` lines of an arch's
 * uapi unistd.h. An `#undef __NR_` under an `#if` would need the ABI's macros: an error.
 */
export function parseUnistdEdits(text: string, file: string): UnistdEdits {
  const edits: UnistdEdits = { file, undefs: new Map(), defines: new Map() };
  for (const d of directives(text)) {
    if (d.name === "undef") {
      const old = /^__NR_(\w+)$/.exec(d.arg)?.[1];
      if (!old) continue;
      if (d.depth !== 0) throw new Error(`${file}:${d.line}: #undef __NR_${old} is conditional; cannot tell which ABIs it applies to`);
      edits.undefs.set(old, d.line);
    } else if (d.name === "define" && d.depth === 0) {
      const m = /^__NR_(\w+)\s+\(?\s*(0x[0-9a-f]+|\d+|__NR_\w+)\s*\)?$/i.exec(d.arg);
      if (!m?.[1] || !m[2]) continue;
      const value = m[2].startsWith("__NR_") ? { sameAs: m[2].slice(5) } : { nr: Number(m[2]) };
      edits.defines.set(m[1], { value, line: d.line });
    }
  }
  return edits;
}

/** Unconditional `#define sys_<a> sys_<b>` lines of a syscall table source file. */
export function parseEntryAliases(text: string, file: string): EntryAlias[] {
  return directives(text)
    .filter((d) => d.name === "define" && d.depth === 0)
    .map((d) => ({ d, m: /^((?:compat_)?sys_\w+)\s+((?:compat_)?sys_\w+)$/.exec(d.arg) }))
    .filter((x) => x.m?.[1] && x.m[2])
    .map(({ d, m }) => ({ from: m?.[1] ?? "", to: m?.[2] ?? "", where: `${file}:${d.line}` }));
}

/** The arch's syscall table sources: arch/<arch>/kernel/*.c that define `__SYSCALL(`. */
export function syscallTableSources(root: string, arch: string): string[] {
  const dir = `arch/${arch}/kernel`;
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith(".c"))
    .sort()
    .map((f) => `${dir}/${f}`)
    .filter((f) => /^\s*#\s*define\s+__SYSCALL\s*\(/m.test(readFileSync(join(root, f), "latin1")));
}

interface RenamableRow {
  nr: number;
  name: string;
  entry: string | null;
  notes?: string[];
}

/**
 * For each row whose name the header #undefs: the one `__NR_<new>` defined as that row's
 * number (or as `__NR_<old>`) becomes its name, and if a table source aliases its entry,
 * the alias becomes its entry. An #undef with no such define (or several) is an error: a
 * name must not silently survive or vanish.
 */
export function applyArchRenames<R extends RenamableRow>(rows: R[], edits: UnistdEdits, aliases: readonly EntryAlias[]): R[] {
  return rows.map((r) => {
    const undefLine = edits.undefs.get(r.name);
    if (undefLine === undefined) return r;
    const news = [...edits.defines.entries()].filter(([name, d]) => name !== r.name && ("nr" in d.value ? d.value.nr === r.nr : d.value.sameAs === r.name));
    const only = news.length === 1 ? news[0] : undefined;
    if (!only)
      throw new Error(`${edits.file}:${undefLine}: #undef __NR_${r.name} (number ${r.nr}) with ${news.length ? "several" : "no"} #define __NR_<new> for that number`);
    const [to, d] = only;
    const alias = r.entry === null ? undefined : aliases.find((a) => a.from === r.entry);
    const notes = [`${edits.file}:${d.line} defines __NR_${to} as this number and line ${undefLine} #undefs __NR_${r.name} (the table's name)`];
    if (alias) notes.push(`${alias.where} defines ${alias.from} as ${alias.to}`);
    return { ...r, name: to, entry: alias ? alias.to : r.entry, notes: [...(r.notes ?? []), ...notes] };
  });
}
