/**
 * Turns parameter text into `{ name, type }` pairs: the argument list of a
 * `SYSCALL_DEFINEn(name, type, arg, ...)` macro, or a plain C parameter list.
 * The kernel's split-64-bit-argument helpers (`SC_ARG64`, `compat_arg_u64_dual`,
 * `compat_arg_u64`) are expanded, in the ABI's byte order, as the kernel does.
 */
import { normalizeType, splitTopLevel } from "./c-text";

export interface RawParam {
  name: string;
  type: string;
}

export type Endian = "little" | "big";

/** Expand split 64-bit argument helpers inside a macro argument list. */
function expandPairHelpers(items: string[], endian: Endian): string[] {
  const out: string[] = [];
  for (const item of items) {
    const m = /^(SC_ARG64|compat_arg_u64_dual)\s*\(\s*(\w+)\s*\)$/.exec(item);
    if (!m?.[2]) {
      out.push(item);
      continue;
    }
    const lo = `${m[2]}_lo`;
    const hi = `${m[2]}_hi`;
    out.push(...(endian === "little" ? ["u32", lo, "u32", hi] : ["u32", hi, "u32", lo]));
  }
  return out;
}

/**
 * `args` is the text between the parentheses of `SYSCALL_DEFINEn(...)`.
 * Returns the syscall name and parameters, or an error string.
 */
export function parseDefineArgs(args: string, count: number, endian: Endian): { name: string; params: RawParam[] } | string {
  const items = expandPairHelpers(splitTopLevel(args), endian);
  const name = items[0] ?? "";
  if (!/^\w+$/.test(name)) return `bad syscall name "${name}"`;
  const rest = items.slice(1).filter((s, i, all) => !(s === "" && i === all.length - 1));
  if (rest.length !== count * 2) return `expected ${count} type/name pairs, found ${rest.length} items`;
  const params: RawParam[] = [];
  for (let i = 0; i < rest.length; i += 2) {
    const type = normalizeType(rest[i] ?? "");
    const pname = (rest[i + 1] ?? "").trim();
    if (!type || !/^\w+$/.test(pname)) return `cannot read parameter ${i / 2 + 1} ("${rest[i]}", "${rest[i + 1]}")`;
    params.push({ name: pname, type });
  }
  return { name, params };
}

/** Words that end a type rather than name a parameter. */
const TYPE_WORDS = new Set([
  "int", "long", "short", "char", "unsigned", "signed", "void", "float", "double", "_Bool", "bool",
  "const", "volatile", "__user", "__force", "restrict", "__restrict",
]);

/** A plain C parameter list, e.g. "int fd, const char __user *buf, size_t count". */
export function parseCParams(text: string, endian: Endian): RawParam[] | string {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed === "void") return [];
  const params: RawParam[] = [];
  let unnamed = 0;
  for (const raw of splitTopLevel(trimmed)) {
    const pair = /^compat_arg_u64\s*\(\s*(\w+)\s*\)$/.exec(raw);
    if (pair?.[1]) {
      const lo = { name: `${pair[1]}_lo`, type: "u32" };
      const hi = { name: `${pair[1]}_hi`, type: "u32" };
      params.push(...(endian === "little" ? [lo, hi] : [hi, lo]));
      continue;
    }
    if (raw === "...") return "variadic parameter list";
    const p = parseOneParam(raw);
    if (typeof p === "string") return p;
    if (!p.name) p.name = `arg${++unnamed}`;
    params.push(p);
  }
  return params;
}

function parseOneParam(raw: string): RawParam | string {
  const text = raw.replace(/\s+/g, " ").trim();
  // Function pointer: ret (*name)(args)
  const fp = /^(.*)\(\s*\*\s*(\w*)\s*\)\s*(\(.*\))$/.exec(text);
  if (fp) return { name: fp[2] ?? "", type: normalizeType(`${fp[1]}(*)${fp[3]}`) };
  // Array suffix: T name[N] (decays to a pointer).
  let body = text;
  let array = "";
  const arr = /^(.*?)\s*((?:\[[^\]]*\]\s*)+)$/.exec(body);
  if (arr) {
    body = arr[1] ?? "";
    array = (arr[2] ?? "").replace(/\s+/g, "");
  }
  const m = /^(.*?)([A-Za-z_]\w*)$/.exec(body);
  if (!m) return { name: "", type: normalizeType(body + array) };
  const before = (m[1] ?? "").trim();
  const last = m[2] ?? "";
  const structTag = /(?:^|\s)(struct|union|enum)$/.test(before);
  if (!before || TYPE_WORDS.has(last) || structTag) return { name: "", type: normalizeType(body + array) };
  return { name: last, type: normalizeType(`${before}${array ? " " + array : ""}`) };
}
