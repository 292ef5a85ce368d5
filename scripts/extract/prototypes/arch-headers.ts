/**
 * Functions defined or declared in an arch's own headers (`static inline void
 * set_tls(unsigned long val)` in arch/arm/include/asm/tls.h). The tree scan only reads
 * headers that mention syscalls; this reads all of one arch's headers on first need.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { lineStartsOf, stripComments } from "./c-text";
import { trackConditions } from "./cond-lines";
import { parseDefinitions } from "./parse-definitions";
import type { Definition } from "./scan-tree";

const cache = new Map<string, Map<string, Definition>>();

export function archHeaderFunction(treeRoot: string, arch: string, fn: string): Definition | null {
  const key = `${treeRoot}\0${arch}`;
  let table = cache.get(key);
  if (!table) {
    const found = new Map<string, Definition>();
    const walk = (rel: string) => {
      let entries;
      try {
        entries = readdirSync(join(treeRoot, rel), { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const p = `${rel}/${e.name}`;
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith(".h")) {
          const cl = trackConditions(stripComments(readFileSync(join(treeRoot, p), "latin1")));
          for (const f of parseDefinitions(cl.code, lineStartsOf(cl.code)).functions) {
            const prev = found.get(f.name);
            if (prev && !(prev.kind === "decl" && f.kind === "def")) continue;
            found.set(f.name, { symbol: f.name, file: p, line: f.line, cond: cl.conds[f.line - 1] ?? [], kind: f.kind, args: f.params, count: -1, returnType: f.returnType });
          }
        }
      }
    };
    walk(`arch/${arch}/include`);
    table = found;
    cache.set(key, table);
  }
  return table.get(fn) ?? null;
}
