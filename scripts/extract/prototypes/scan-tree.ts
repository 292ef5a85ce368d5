/**
 * One pass over a kernel tree: every syscall definition (`SYSCALL_DEFINEn`,
 * `COMPAT_SYSCALL_DEFINEn` and macros that alias them), every top-level C function
 * definition or declaration in files that can hold entry points, and every typedef in
 * header directories, each with its file, line and preprocessor conditions.
 *
 * Skipped: Documentation, tools, samples, scripts, sound, firmware, rust, usr, arch/um
 * and arch/x86/um (User-Mode Linux), arch/<arch>/boot, and drivers/ except the few files
 * known to define syscalls (reading all of drivers/ would cost more than the rest).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { lineStartsOf, stripComments } from "./c-text";
import { trackConditions, type Cond, type MacroDefine } from "./cond-lines";
import { parseDefinitions } from "./parse-definitions";
import { parseTypedefs } from "./typedef-parse";

export interface Definition {
  symbol: string;
  file: string;
  line: number;
  cond: Cond;
  kind: "macro" | "def" | "decl";
  /** For macros: the raw macro argument text and the parameter count. */
  args: string;
  count: number;
  returnType: string;
}

export interface HarvestedTypedef {
  target: string;
  file: string;
  line: number;
  cond: Cond;
}

/** A `#define __ARCH_WANT_...` in an arch's headers. */
export interface ArchWant {
  name: string;
  file: string;
  cond: Cond;
}

/** `#define sys_foo sys_bar` in an arch's syscall table or entry files. */
export interface EntryAlias {
  from: string;
  to: string;
  file: string;
  line: number;
  cond: Cond;
}

export interface SourceIndex {
  treeRoot: string;
  /** arch -> entry symbol aliases defined in its (non-header) files. */
  entryAliases: Map<string, EntryAlias[]>;
  /** arch -> its __ARCH_WANT_* defines. */
  archWants: Map<string, ArchWant[]>;
  definitions: Map<string, Definition[]>;
  typedefs: Map<string, HarvestedTypedef[]>;
  /** Macro uses whose macro could not be tied to SYSCALL_DEFINE/COMPAT_SYSCALL_DEFINE. */
  unknownMacros: { macro: string; file: string; line: number }[];
  files: number;
}

const SKIP_TOP = new Set(["Documentation", "tools", "samples", "scripts", "sound", "firmware", "rust", "usr", "LICENSES", ".git", "debian"]);
/** drivers/ files that define syscalls (getrandom, pciconfig_*). */
const DRIVER_FILES = /^drivers\/(char\/random\.c|pci\/syscall\.c|.*syscall[^/]*\.c)$/;

function listSources(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    let entries;
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!rel && SKIP_TOP.has(e.name)) continue;
        if (p === "arch/um" || p === "arch/x86/um" || /^arch\/[^/]+\/(boot|tools|configs)$/.test(p)) continue;
        if (p === "drivers") {
          walkDrivers(root, out);
          continue;
        }
        walk(p);
      } else if (/\.[ch]$/.test(e.name) || (p.startsWith("arch/") && e.name.endsWith(".S"))) out.push(p);
    }
  };
  walk("");
  return out;
}

function walkDrivers(root: string, out: string[]) {
  for (const sub of ["char", "pci"]) {
    try {
      for (const e of readdirSync(join(root, "drivers", sub))) {
        const p = `drivers/${sub}/${e}`;
        if (DRIVER_FILES.test(p)) out.push(p);
      }
    } catch {
      // not in this tree
    }
  }
}

const isHeaderDir = (p: string) => p.startsWith("include/") || /^arch\/[^/]+\/include\//.test(p);

export function scanTree(treeRoot: string): SourceIndex {
  const definitions = new Map<string, Definition[]>();
  const typedefs = new Map<string, HarvestedTypedef[]>();
  const macroUses: { macro: string; count: number; args: string; file: string; line: number; cond: Cond }[] = [];
  const aliasDefines: (MacroDefine & { file: string })[] = [];
  const archWants = new Map<string, ArchWant[]>();
  const entryAliases = new Map<string, EntryAlias[]>();
  const files = listSources(treeRoot);
  const push = (d: Definition) => {
    const list = definitions.get(d.symbol);
    if (list) list.push(d);
    else definitions.set(d.symbol, [d]);
  };

  for (const file of files) {
    const raw = readFileSync(join(treeRoot, file), "latin1");
    const inArch = file.startsWith("arch/");
    const archOf = inArch ? (file.split("/")[1] ?? "") : "";
    if (file.endsWith(".S")) {
      if (/#\s*define\s+(__)?sys_/.test(raw)) collectAliases(trackConditions(stripComments(raw)).defines, file, archOf, entryAliases);
      continue;
    }
    const wantDefs = raw.includes("SYSCALL") || raw.includes("asmlinkage") || (inArch && /\/(kernel|mm)\/|\/asm\/[^/]*syscall[^/]*\.h$/.test(file));
    const wantTypes = isHeaderDir(file) && raw.includes("typedef");
    const archHeader = /^arch\/([^/]+)\/include\//.exec(file)?.[1];
    const wantWants = !!archHeader && raw.includes("__ARCH_WANT_");
    if (!wantDefs && !wantTypes && !wantWants) continue;
    const cl = trackConditions(stripComments(raw));
    const starts = lineStartsOf(cl.code);
    const condAt = (line: number): Cond => cl.conds[line - 1] ?? [];
    for (const d of cl.defines) {
      if (archHeader && d.name.startsWith("__ARCH_WANT_")) {
        const list = archWants.get(archHeader) ?? [];
        list.push({ name: d.name, file, cond: d.cond });
        archWants.set(archHeader, list);
      }
      if (d.params === null && /^[A-Z0-9_]*DEFINE\d$/.test(d.name) && /^[A-Z0-9_]*DEFINE\d$/.test(d.body)) aliasDefines.push({ ...d, file });
    }
    if (inArch && !archHeader) collectAliases(cl.defines, file, archOf, entryAliases);
    if (wantDefs) {
      const found = parseDefinitions(cl.code, starts);
      for (const m of found.macros) macroUses.push({ ...m, file, cond: condAt(m.line) });
      for (const f of found.functions)
        push({ symbol: f.name, file, line: f.line, cond: condAt(f.line), kind: f.kind, args: f.params, count: -1, returnType: f.returnType });
    }
    if (wantTypes) {
      for (const t of parseTypedefs(cl.code, starts)) {
        const h = { target: t.target, file, line: t.line, cond: condAt(t.line) };
        const list = typedefs.get(t.name);
        if (list) list.push(h);
        else typedefs.set(t.name, [h]);
      }
    }
  }

  // Tie each macro use to SYSCALL_DEFINEn / COMPAT_SYSCALL_DEFINEn through alias #defines.
  const aliases = new Map<string, (MacroDefine & { file: string })[]>();
  for (const a of aliasDefines) {
    const list = aliases.get(a.name) ?? [];
    list.push(a);
    aliases.set(a.name, list);
  }
  const unknownMacros: SourceIndex["unknownMacros"] = [];
  const expand = (macro: string, cond: Cond, useFile: string, depth: number): { base: "sys" | "compat"; cond: Cond }[] => {
    if (/^SYSCALL_DEFINE\d$/.test(macro)) return [{ base: "sys", cond }];
    if (/^COMPAT_SYSCALL_DEFINE\d$/.test(macro)) return [{ base: "compat", cond }];
    if (depth > 4) return [];
    const list = (aliases.get(macro) ?? []).filter((a) => !a.file.startsWith("arch/") || a.file.split("/")[1] === useFile.split("/")[1]);
    return list.flatMap((a) => expand(a.body, [...cond, ...a.cond], useFile, depth + 1));
  };
  for (const u of macroUses) {
    const name = (u.args.split(",")[0] ?? "").trim();
    if (!/^\w+$/.test(name)) continue;
    const targets = expand(u.macro, u.cond, u.file, 0);
    if (targets.length === 0) {
      if (u.macro.includes("SYSCALL")) unknownMacros.push({ macro: u.macro, file: u.file, line: u.line });
      continue;
    }
    for (const t of targets)
      push({
        symbol: `${t.base === "sys" ? "sys" : "compat_sys"}_${name}`,
        file: u.file,
        line: u.line,
        cond: t.cond,
        kind: "macro",
        args: u.args,
        count: u.count,
        returnType: "long",
      });
  }
  return { treeRoot, entryAliases, archWants, definitions, typedefs, unknownMacros, files: files.length };
}

function collectAliases(defines: readonly MacroDefine[], file: string, arch: string, into: Map<string, EntryAlias[]>) {
  for (const d of defines) {
    if (d.params !== null || !/^(__)?sys_\w+$/.test(d.name) || !/^[A-Za-z_]\w*$/.test(d.body) || d.body === d.name) continue;
    const list = into.get(arch) ?? [];
    list.push({ from: d.name, to: d.body, file, line: d.line, cond: d.cond });
    into.set(arch, list);
  }
}
