/**
 * Picks, among every definition of a symbol in the tree, the one the kernel serving an
 * ABI compiles: never another arch's file; the ABI's own arch dir before generic code;
 * `#if` branches, Makefile conditions and `_32.c`/`_64.c` file names that are known
 * false are out; definitions before declarations; fewer unknown conditions first.
 */
import { dirname, basename } from "node:path";
import type { AbiConfig } from "./abi-config";
import { evalCond, unknownTerms, type Cond } from "./cond-lines";
import type { ConfigEnv } from "./config-env";
import type { DirConds } from "./kbuild";
import type { Definition } from "./scan-tree";

export interface SelectContext {
  cfg: AbiConfig;
  env: ConfigEnv;
  cache: Map<string, number | null>;
  dirConds(dir: string): DirConds;
}

export interface Selected {
  def: Definition;
  /** False when every candidate is ruled out by the modelled configuration. */
  viable: boolean;
  /** Another candidate ranked the same but reads differently. */
  ambiguousWith: Definition | null;
}

/** Generic files that only build when the usual option is off. */
const FALLBACK_FILES = new Set(["mm/nommu.c", "kernel/time/posix-stubs.c", "kernel/sys_ni.c"]);

interface Ranked {
  def: Definition;
  viable: boolean;
  key: number[];
}

/** Is this .c or .S file built for the ABI's kernel? (Makefile, `_32`/`_64` names.) */
export function fileBuilt(file: string, ctx: SelectContext): boolean | null {
  const m = /^(.*)\.[cS]$/.exec(basename(file));
  if (!m?.[1]) return true;
  const bits = /_(32|64)$/.exec(m[1])?.[1];
  if (bits && Number(bits) !== ctx.cfg.kernelBits) return false;
  const conds: Cond[] | undefined = ctx.dirConds(dirname(file)).get(m[1]);
  if (!conds) return null;
  let unknown = false;
  for (const c of conds) {
    const v = evalCond(c, ctx.env, ctx.cache);
    if (v === true) return true;
    if (v === null) unknown = true;
  }
  return unknown ? null : false;
}

export function selectDefinition(defs: readonly Definition[], ctx: SelectContext): Selected | null {
  const own = `arch/${ctx.cfg.arch}/`;
  const ranked: Ranked[] = [];
  for (const def of defs) {
    const mine = def.file.startsWith(own);
    if (def.file.startsWith("arch/") && !mine) continue;
    const condVal = evalCond(def.cond, ctx.env, ctx.cache);
    const fileVal = fileBuilt(def.file, ctx);
    const viable = condVal !== false && fileVal !== false;
    ranked.push({
      def,
      viable,
      key: [
        viable ? 0 : 1,
        def.kind === "decl" ? 1 : 0,
        mine ? 0 : 1,
        FALLBACK_FILES.has(def.file) ? 1 : 0,
        unknownTerms(def.cond, ctx.env, ctx.cache) + (fileVal === null && def.file.startsWith("arch/") ? 1 : 0),
      ],
    });
  }
  if (ranked.length === 0) return null;
  ranked.sort((a, b) => compareKeys(a.key, b.key) || a.def.file.localeCompare(b.def.file) || a.def.line - b.def.line);
  const best = ranked[0];
  if (!best) return null;
  const rival = ranked.find((r) => r !== best && compareKeys(r.key, best.key) === 0 && signature(r.def) !== signature(best.def));
  return { def: best.def, viable: best.viable, ambiguousWith: rival?.def ?? null };
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

function signature(d: Definition): string {
  return d.args.replace(/\s+/g, "");
}
