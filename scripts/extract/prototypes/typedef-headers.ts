/**
 * A small, definite C preprocessor for the kernel's basic type headers: starting from
 * `<linux/types.h>` and `<linux/compat.h>` it follows `#include`s of the type headers
 * (types.h, posix_types*.h, int-ll64.h, sgidefs.h, compat.h) with the kernel's include
 * path for one arch, honours `#if`/`#ifdef`/`#define`/`#undef` as C does (an unknown
 * macro is 0), and returns the typedefs of the lines it compiled. This is what gives
 * `__kernel_size_t`, `__kernel_old_uid_t`, `compat_mode_t`... their per-ABI meaning.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { lineStartsOf, stripComments } from "./c-text";
import { evalExpr, type ExprEnv } from "./preproc-expr";
import { parseTypedefs } from "./typedef-parse";

export interface TypedefDef {
  name: string;
  target: string;
  file: string;
  line: number;
}

const FOLLOW = /^(types|posix_types(_\w+)?|int-ll64|int-l64|sgidefs|compat)\.h$/;
const ENTRY_HEADERS = ["linux/types.h", "linux/compat.h"];

/**
 * `kernel`: the headers as the kernel is compiled (arch/<arch>/include first, `__KERNEL__`
 * as seeded). `user`: only the uapi headers, without `__KERNEL__`, as user space sees them.
 */
export type HeaderView = "kernel" | "user";

export function definiteTypedefs(treeRoot: string, arch: string, seed: ReadonlyMap<string, string>, view: HeaderView = "kernel"): Map<string, TypedefDef> {
  const defines = new Map(seed);
  if (view === "user") defines.delete("__KERNEL__");
  const result = new Map<string, TypedefDef>();
  const env: ExprEnv = {
    defined: (n) => defines.has(n),
    value: (n) => valueOf(n, 0),
  };
  const valueOf = (name: string, depth: number): number => {
    const body = defines.get(name);
    if (body === undefined || depth > 8) return 0;
    const v = evalExpr(body, { defined: env.defined, value: (m) => valueOf(m, depth + 1) });
    return v ?? 0;
  };
  const active = new Set<string>();

  const resolve = (spec: string, fromFile: string): string | null => {
    const quoted = /^"(.+)"$/.exec(spec);
    if (quoted?.[1]) {
      const p = join(dirname(fromFile), quoted[1]);
      return existsSync(p) ? p : null;
    }
    const angled = /^<(.+)>$/.exec(spec)?.[1];
    if (!angled) return null;
    const dirs = view === "user" ? [`arch/${arch}/include/uapi`, "include/uapi"] : [`arch/${arch}/include`, `arch/${arch}/include/uapi`, "include", "include/uapi"];
    const cands = dirs.map((d) => join(treeRoot, d, angled));
    const asm = /^asm\/(.+)$/.exec(angled)?.[1];
    if (asm) cands.push(...(view === "user" ? [] : [join(treeRoot, "include/asm-generic", asm)]), join(treeRoot, "include/uapi/asm-generic", asm));
    return cands.find((c) => existsSync(c)) ?? null;
  };

  const run = (file: string) => {
    if (active.has(file)) return;
    active.add(file);
    const text = stripComments(readFileSync(file, "latin1"), true);
    const lines = text.split("\n");
    const stack: { on: boolean; taken: boolean; parent: boolean }[] = [];
    const on = () => stack.every((f) => f.on);
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i] ?? "";
      const first = i;
      const m = /^\s*#\s*(\w+)(.*)$/.exec(line);
      if (!m) {
        if (!on()) lines[i] = "";
        continue;
      }
      let arg = m[2] ?? "";
      while (arg.endsWith("\\") && i + 1 < lines.length) {
        arg = arg.slice(0, -1) + " " + (lines[i + 1] ?? "");
        lines[i + 1] = "";
        i++;
      }
      lines[first] = "";
      arg = arg.trim();
      line = m[1] ?? "";
      const parent = on();
      if (line === "if" || line === "ifdef" || line === "ifndef") {
        const v = line === "if" ? (evalExpr(arg, env) ?? 0) !== 0 : defines.has(arg) === (line === "ifdef");
        stack.push({ on: parent && v, taken: v, parent });
      } else if (line === "elif") {
        const f = stack[stack.length - 1];
        if (f) {
          const v = !f.taken && (evalExpr(arg, env) ?? 0) !== 0;
          f.on = f.parent && v;
          f.taken ||= v;
        }
      } else if (line === "else") {
        const f = stack[stack.length - 1];
        if (f) {
          f.on = f.parent && !f.taken;
          f.taken = true;
        }
      } else if (line === "endif") stack.pop();
      else if (!parent) continue;
      else if (line === "define") {
        const d = /^(\w+)(\([^)]*\))?\s*(.*)$/.exec(arg);
        if (d?.[1]) defines.set(d[1], d[2] ? "" : (d[3] ?? "").trim());
      } else if (line === "undef") defines.delete(arg);
      else if (line === "include") {
        const spec = /^(<[^>]+>|"[^"]+")/.exec(arg)?.[1];
        const base = spec ? spec.slice(1, -1).split("/").pop() ?? "" : "";
        if (spec && FOLLOW.test(base)) {
          const target = resolve(spec, file);
          if (target) run(target);
        }
      }
    }
    const code = lines.join("\n");
    const rel = relative(treeRoot, file);
    for (const t of parseTypedefs(code, lineStartsOf(code)))
      if (!result.has(t.name)) result.set(t.name, { name: t.name, target: t.target, file: rel, line: t.line });
    active.delete(file);
  };

  for (const h of view === "user" ? ENTRY_HEADERS.slice(0, 1) : ENTRY_HEADERS) {
    const p = resolve(`<${h}>`, treeRoot);
    if (p) run(p);
  }
  return result;
}

/**
 * The kernel view, with the user view's typedefs over it when `userTypes`: for an ABI whose
 * user space is not the kernel's own word model (x32's uapi posix_types_x32.h makes
 * __kernel_long_t `long long` while `long` stays 4 bytes), a parameter's size is the one
 * user space passes.
 */
export function abiTypedefs(treeRoot: string, arch: string, seed: ReadonlyMap<string, string>, userTypes: boolean): Map<string, TypedefDef> {
  const kernel = definiteTypedefs(treeRoot, arch, seed);
  if (userTypes) for (const [name, def] of definiteTypedefs(treeRoot, arch, seed, "user")) kernel.set(name, def);
  return kernel;
}
