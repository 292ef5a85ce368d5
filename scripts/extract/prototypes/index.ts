/**
 * Syscall prototypes, per ABI, read from a Linux source tree.
 *
 * `createPrototypeResolver(treeRoot)` scans the tree once (scan-tree.ts; cached per tree
 * in memory) and returns `resolve(query)`, which finds the C prototype behind a table
 * entry symbol for one ABI (resolve-entry.ts) and sizes each parameter for that ABI
 * through the kernel's own typedefs (type-table.ts, type-size.ts).
 */
import { resolve as resolvePath } from "node:path";
import type { AbiId } from "@/lib/schema/kernel-api";
import { abiConfig } from "./abi-config";
import { archHeaderFunction } from "./arch-headers";
import { kernelEnv, typesEnv } from "./config-env";
import { readDirConds, type DirConds } from "./kbuild";
import { readArchKconfig } from "./kconfig";
import { entryBuilt, type EntryBuilt } from "./entry-defined";
import { stripEntryPrefix } from "./entry-names";
import { NOT_IMPLEMENTED, resolveEntry } from "./resolve-entry";
import { scanTree, type SourceIndex } from "./scan-tree";
import { createTypeLookup } from "./type-table";
import type { AbiState, PrototypeQuery, PrototypeResult } from "./types";

export type { PrototypeQuery, PrototypeResult } from "./types";
export type { EntryBuilt } from "./entry-defined";
/** Entry symbols that only return ENOSYS (resolve() answers "not implemented" for them). */
export { NOT_IMPLEMENTED } from "./resolve-entry";

export interface PrototypeResolver {
  resolve(q: PrototypeQuery): PrototypeResult;
  /** Whether the symbol the ABI's kernel runs for the call is built at all (entry-defined.ts). */
  built(q: PrototypeQuery): EntryBuilt;
}

interface TreeState {
  index: SourceIndex;
  abis: Map<AbiId, AbiState>;
  dirConds: Map<string, DirConds>;
}

const trees = new Map<string, TreeState>();
/** Trees kept scanned (about 60 MB each); the oldest is dropped past this. */
const MAX_TREES = 2;

export function createPrototypeResolver(treeRoot: string): PrototypeResolver {
  const root = resolvePath(treeRoot);
  let tree = trees.get(root);
  if (!tree) {
    tree = { index: scanTree(root), abis: new Map(), dirConds: new Map() };
    trees.set(root, tree);
    for (const old of trees.keys()) if (trees.size > MAX_TREES) trees.delete(old);
  }
  const t = tree;
  return {
    resolve(q) {
      const s = abiState(t, q.abi);
      if (q.arch !== s.cfg.arch || q.wordBits !== s.cfg.wordBits)
        return { ok: false, reason: `query says ${q.arch}/${q.wordBits}-bit but ${q.abi} is ${s.cfg.arch}/${s.cfg.wordBits}-bit` };
      return resolveEntry(t.index, s, q);
    },
    built(q) {
      // The symbol that runs: the compat entry on ABIs with no native kernel (s390), else the native one.
      const runs = abiConfig(q.abi).preferCompat && q.compatEntry ? q.compatEntry : q.entry;
      if (runs === null || NOT_IMPLEMENTED.has(stripEntryPrefix(runs))) return { built: true };
      return entryBuilt(t.index, { abi: q.abi, arch: q.arch, symbol: runs });
    },
  };
}

function abiState(tree: TreeState, abi: AbiId): AbiState {
  const known = tree.abis.get(abi);
  if (known) return known;
  const cfg = abiConfig(abi);
  const kconfig = readArchKconfig(tree.index.treeRoot, cfg.arch);
  const env = kernelEnv(cfg, kconfig, tree.index.archWants.get(cfg.arch) ?? []);
  const dirConds = (dir: string): DirConds => {
    let d = tree.dirConds.get(dir);
    if (!d) {
      d = readDirConds(tree.index.treeRoot, dir);
      tree.dirConds.set(dir, d);
    }
    return d;
  };
  const s: AbiState = {
    cfg,
    select: { cfg, env, cache: new Map(), dirConds },
    types: createTypeLookup(tree.index, cfg, typesEnv(cfg, kconfig)),
    findFunction(fn, nearFile) {
      const defs = (tree.index.definitions.get(fn) ?? []).filter((d) => d.kind !== "macro");
      return (
        defs.find((d) => d.file === nearFile) ??
        defs.find((d) => d.file.startsWith(`arch/${cfg.arch}/`)) ??
        archHeaderFunction(tree.index.treeRoot, cfg.arch, fn)
      );
    },
  };
  tree.abis.set(abi, s);
  return s;
}
