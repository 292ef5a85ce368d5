/**
 * The adapter to the other extractor stages: prototypes (params, return type, source:
 * ./prototypes) and classification (categories, man pages: ./classify). Each can be turned
 * off (`--no-prototypes`, `--no-classify`); rows then carry the neutral values
 * (params null, categories ["uncategorized"], man false). "since" is a post-pass (since-pass.ts).
 */
import type { CategoryId, Param, SourceLocation, Unresolved } from "@/lib/schema/kernel-api";
import type { AbiRule } from "./abi-rules";
import type { NumberRow } from "./abi-numbers";
import { categorize, hasManPage, loadManPages, type ManPages } from "./classify";
import { createPrototypeResolver, type PrototypeResolver } from "./prototypes";
import { toUpstream } from "./source-lines/to-upstream";
import type { UpstreamLineMap } from "./source-lines/upstream-lines";

export interface EnrichOptions {
  prototypes: boolean;
  classify: boolean;
}

export interface Enricher {
  prototypes: PrototypeResolver | null;
  man: ManPages | null;
  classify: boolean;
  /** Maps a Debian-patched tree's lines to upstream's (source-lines/); none: lines as read. */
  upstream?: UpstreamLineMap | null;
}

export async function createEnricher(treeRoot: string, cacheDir: string, opts: EnrichOptions, man?: ManPages | null): Promise<Enricher> {
  return {
    prototypes: opts.prototypes ? createPrototypeResolver(treeRoot) : null,
    man: opts.classify ? (man ?? (await loadManPages(cacheDir))) : null,
    classify: opts.classify,
  };
}

export interface Enriched {
  /** The table's verdict, made false when nothing in the tree builds the entry for the ABI. */
  implemented: boolean;
  params: Param[] | null;
  returnType: string | null;
  source: SourceLocation | null;
  categories: CategoryId[];
  man: boolean;
  notes: string[];
  unresolved: Unresolved[];
}

const SIZE_NOTE = /^size of (\S+) unknown: (.*)$/;

export function enrichRow(row: NumberRow, rule: AbiRule, e: Enricher): Enriched {
  const out: Enriched = { implemented: row.implemented, params: null, returnType: null, source: null, categories: ["uncategorized"], man: false, notes: [], unresolved: [] };
  const miss = (what: string, reason: string): void => void out.unresolved.push({ abi: rule.abi, name: row.name, what, reason });
  // Empty slots and ENOSYS stubs are flagged `implemented: false` in the data; they have no
  // prototype to find, so they are not "unresolved" (the manifest lists real misses only).
  const q = { abi: rule.abi, arch: rule.arch, wordBits: rule.wordBits, name: row.name, entry: row.entry, compatEntry: row.compatEntry };
  if (e.prototypes && row.implemented) {
    // A table entry nothing builds for this ABI falls back to sys_ni_syscall (ENOSYS).
    const b = e.prototypes.built(q);
    if (b.built === false) {
      out.implemented = false;
      out.notes.push(b.note);
    } else if (b.built === null) miss("definition", b.reason);
  }
  if (e.prototypes && out.implemented) {
    const r = e.prototypes.resolve(q);
    if (r.ok) {
      out.params = r.params;
      out.returnType = r.returnType;
      out.source = r.source;
      if (e.upstream) {
        const up = toUpstream(e.upstream, r.source);
        out.source = up.source;
        if (up.note) out.notes.push(up.note);
      }
      out.notes.push(...(r.notes ?? []));
      for (const p of r.params) {
        if (p.size !== null) continue;
        const why = out.notes.map((n) => SIZE_NOTE.exec(n)).find((m) => m?.[1] === p.name)?.[2];
        miss(`size:${p.name}`, why ?? `size of ${p.type} unknown on ${rule.abi}`);
      }
    } else miss("params", r.reason);
  }
  if (e.classify) {
    out.categories = categorize({ name: row.name, params: out.params, source: out.source, entry: row.entry });
    out.man = e.man ? hasManPage(e.man, row.name) : false;
  }
  return out;
}
