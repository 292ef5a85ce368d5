/**
 * Which config symbol a directory's Makefile builds each object under:
 * `obj-$(CONFIG_SPARC32) += sys_sparc_32.o`, `ifeq ($(CONFIG_X),y) ... else ... endif`,
 * `sys_sparc_$(BITS).o`. Gives a `Cond` per object (foo for foo.o, built from foo.c or foo.S).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Cond, CondTerm } from "./cond-lines";

/** Object base name ("sys_ia32" for sys_ia32.c or .S) -> conditions it is built under (any of them). */
export type DirConds = Map<string, Cond[]>;

export function readDirConds(treeRoot: string, dir: string): DirConds {
  const out: DirConds = new Map();
  let text = "";
  for (const name of ["Makefile", "Kbuild"]) {
    try {
      text += readFileSync(join(treeRoot, dir, name), "latin1") + "\n";
    } catch {
      // absent
    }
  }
  const lines = text.replace(/\\\n/g, " ").split("\n");
  const stack: CondTerm[][] = [];
  const add = (obj: string, terms: CondTerm[]) => {
    const variants = obj.includes("$(BITS)")
      ? [32, 64].map((b) => ({ name: obj.replace(/\$\(BITS\)/g, String(b)), extra: [{ expr: `BITS_PER_LONG == ${b}`, neg: false }] }))
      : [{ name: obj, extra: [] as CondTerm[] }];
    for (const v of variants) {
      const c = v.name.replace(/\.o$/, "");
      const list = out.get(c) ?? [];
      list.push([...stack.flat(), ...terms, ...v.extra]);
      out.set(c, list);
    }
  };
  for (const raw of lines) {
    const line = raw.replace(/#.*$/, "").trim();
    let m: RegExpExecArray | null;
    if ((m = /^if(n?)eq\s*\(\s*\$\(CONFIG_(\w+)\)\s*,\s*y\s*\)$/.exec(line))) stack.push([{ expr: `defined(CONFIG_${m[2]})`, neg: m[1] === "n" }]);
    else if ((m = /^if(n?)def\s+CONFIG_(\w+)$/.exec(line))) stack.push([{ expr: `defined(CONFIG_${m[2]})`, neg: m[1] === "n" }]);
    else if (/^if/.test(line)) stack.push([]);
    else if (/^else\b/.test(line)) {
      const top = stack.pop() ?? [];
      stack.push(top.length === 1 && top[0] ? [{ expr: top[0].expr, neg: !top[0].neg }] : []);
    } else if (/^endif\b/.test(line)) stack.pop();
    else if ((m = /^[\w.-]+-(y|\$\(CONFIG_(\w+)\))\s*[:+]?=\s*(.*)$/.exec(line))) {
      const terms: CondTerm[] = m[2] ? [{ expr: `defined(CONFIG_${m[2]})`, neg: false }] : [];
      for (const obj of (m[3] ?? "").split(/\s+/)) if (/\.o$/.test(obj)) add(obj, terms);
    }
  }
  return out;
}
