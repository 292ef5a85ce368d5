/**
 * Finds the C prototype behind one table entry for one ABI, in this order:
 *  1. a definition of the entry symbol (native first; compat first on compat-only ABIs);
 *  2. for an assembly entry of the arch, the C function its body calls or jumps to;
 *  3. for a stub named after the call (`__sys_clone`, `alpha_clone`, `sys32_execve`...),
 *     the C function that name stands for;
 *  4. a declaration of the entry (flagged in notes).
 * A generic definition the ABI's configuration does not build is only used when the arch
 * has no assembly routine of that name (otherwise the assembly is what the table calls).
 */
import type { AbiState, PrototypeQuery, PrototypeResult } from "./types";
import { findAsmEntries } from "./asm-entry";
import { evalCond } from "./cond-lines";
import { buildPrototype } from "./build-prototype";
import { stripEntryPrefix, stubTargets } from "./entry-names";
import { definitionNotes } from "./notes";
import type { Definition, SourceIndex } from "./scan-tree";
import { fileBuilt, selectDefinition, type Selected } from "./select-definition";

/** Entry points that only return ENOSYS. */
export const NOT_IMPLEMENTED = new Set(["sys_ni_syscall", "sys_nis_syscall", "sys32_unimplemented"]);

interface Found {
  chosen: Selected;
  notes: string[];
}

export function resolveEntry(index: SourceIndex, s: AbiState, q: PrototypeQuery): PrototypeResult {
  const native = q.entry ? stripEntryPrefix(q.entry) : null;
  // A compat entry serves a 32-bit ABI on a 64-bit kernel; a 64-bit ABI never uses it.
  const compat = q.compatEntry && s.cfg.wordBits === 32 ? stripEntryPrefix(q.compatEntry) : null;
  const order = (s.cfg.preferCompat ? [compat, native] : [native, compat]).filter((x): x is string => !!x && !NOT_IMPLEMENTED.has(x));
  // An arch may #define a table symbol to its own function (hexagon: sys_fadvise64_64 ->
  // sys_hexagon_fadvise64_64); the target comes first.
  const aliasNotes = new Map<string, string>();
  const aliasOf = (sym: string) =>
    (index.entryAliases.get(s.cfg.arch) ?? []).find((a) => a.from === sym && evalCond(a.cond, s.select.env, s.select.cache) !== false);
  const expanded: string[] = [];
  for (const sym of order) {
    const chain: string[] = [];
    let cur = sym;
    for (let a = aliasOf(cur); a && chain.length < 3 && !chain.includes(a.to); a = aliasOf(cur)) {
      aliasNotes.set(a.to, `${a.file}:${a.line} defines ${a.from} as ${a.to}`);
      chain.push(a.to);
      cur = a.to;
    }
    expanded.push(...chain.reverse(), sym);
  }
  const symbols = [...new Set(expanded)];
  if (symbols.length === 0) {
    const ni = [native, compat].find((x) => x && NOT_IMPLEMENTED.has(x));
    return { ok: false, reason: ni ? `not implemented (${ni} returns ENOSYS)` : "no entry point" };
  }

  const root = index.treeRoot;
  const arch = s.cfg.arch;
  const all = (sym: string) => index.definitions.get(sym) ?? [];
  const pick = (sym: string, decl: boolean): Selected | null => selectDefinition(all(sym).filter((d) => (d.kind === "decl") === decl), s.select);
  const asmOf = (sym: string) => {
    const list = findAsmEntries(root, arch, sym);
    return list.find((a) => fileBuilt(a.file, s.select) !== false) ?? list[0] ?? null;
  };
  const compatNote = (sym: string) => [
    ...(aliasNotes.has(sym) ? [aliasNotes.get(sym) ?? ""] : []),
    ...(sym !== compat || compat === native ? [] : [`prototype of the compat entry ${compat}${s.cfg.preferCompat ? ` (no native ${s.cfg.abi} kernel exists)` : ""}`]),
  ];

  function* candidates(): Generator<Found> {
    // 1. The entry's own definition.
    for (const sym of symbols) {
      const c = pick(sym, false);
      if (c && (c.viable || c.def.file.startsWith("arch/") || !asmOf(sym))) yield { chosen: c, notes: compatNote(sym) };
    }
    // 2. An assembly routine: follow it to the C function it calls.
    for (const sym of symbols) {
      const asm = asmOf(sym);
      if (!asm) continue;
      // Follow the call that names the syscall, else the first sys_* one; helpers
      // (syscall_trace, schedule_tail, ...) are not the implementation.
      const named = asm.calls.filter((t) => t.includes(q.name));
      const sysLike = asm.calls.filter((t) => /^_*(compat_)?sys_/.test(t));
      for (const target of [...named, ...sysLike]) {
        const c = pick(target, false) ?? pick(target, true);
        if (c) {
          yield { chosen: c, notes: [...compatNote(sym), `${sym} is assembly (${asm.file}:${asm.line}) that calls ${target}; prototype of ${target}`] };
          break;
        }
      }
    }
    // 3. A stub named after the function it wraps.
    for (const sym of symbols)
      for (const t of stubTargets(sym)) {
        const c = pick(t, false);
        if (c?.viable) yield { chosen: c, notes: [...compatNote(sym), `${sym} is an assembly stub; prototype of ${t}, which it passes the arguments to`] };
      }
    // 4. A declaration.
    for (const sym of [...symbols, ...symbols.flatMap(stubTargets)]) {
      const c = pick(sym, true);
      if (!c) continue;
      // A generic definition exists but is not built here: the declaration describes
      // that unbuilt function, not what the table calls.
      if (!c.def.file.startsWith(`arch/${arch}/`) && pick(sym, false)?.viable === false) continue;
      yield { chosen: c, notes: [...compatNote(sym), `prototype from the declaration in ${c.def.file}; no definition of ${sym} found in the tree`] };
    }
  }

  let firstError: string | null = null;
  for (const found of candidates()) {
    const { chosen } = found;
    const built = buildPrototype(root, chosen.def, s, q.name);
    if (typeof built === "string") {
      firstError ??= `${where(chosen.def)}: ${built}`;
      continue;
    }
    const notes = [
      ...found.notes,
      ...(firstError ? [`passed over: ${firstError}`] : []),
      ...(!chosen.viable ? [`${where(chosen.def)} is under a condition the modelled ${s.cfg.abi} configuration rules out (the syscall may be a stub returning ENOSYS there)`] : []),
      ...(chosen.ambiguousWith ? [`another definition at ${where(chosen.ambiguousWith)} may apply instead`] : []),
      ...definitionNotes(chosen.def, s.select.env, s.cfg),
      ...built.notes,
    ];
    return { ok: true, params: built.params, returnType: built.returnType, source: { file: chosen.def.file, line: chosen.def.line }, ...(notes.length ? { notes } : {}) };
  }
  if (firstError) return { ok: false, reason: firstError };
  const asm = symbols.map(asmOf).find((x) => x);
  if (asm) return { ok: false, reason: `${asm.symbol} is assembly (${asm.file}:${asm.line}) with no C function to follow; no C prototype` };
  return { ok: false, reason: `no definition or declaration of ${symbols.join(" or ")} in the tree` };
}

const where = (d: Definition) => `${d.file}:${d.line}`;
