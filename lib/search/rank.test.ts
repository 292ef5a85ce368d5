import { describe, expect, it } from "vitest";
import { buildSearchIndex, fuzzySearcher } from "./fuzzy";
import { parseNumberQuery } from "./number-query";
import { rankRows, type RowNumber } from "./rank";
import { toSearchDoc } from "./search-doc";

interface Row {
  name: string;
  nr: number;
  entry: string | null;
  compatEntry: string | null;
  params: { name: string; type: string }[] | null;
}
const p = (name: string, type: string) => ({ name, type });
const ROWS: Row[] = [
  { name: "read", nr: 0, entry: "sys_read", compatEntry: null, params: [p("fd", "unsigned int"), p("buf", "char __user *"), p("count", "size_t")] },
  { name: "open", nr: 2, entry: "sys_open", compatEntry: null, params: [p("filename", "const char __user *"), p("flags", "int"), p("mode", "umode_t")] },
  { name: "execve", nr: 59, entry: "sys_execve", compatEntry: "compat_sys_execve", params: [p("filename", "const char __user *"), p("argv", "const char __user *const __user *"), p("envp", "const char __user *const __user *")] },
  { name: "mq_open", nr: 240, entry: "sys_mq_open", compatEntry: null, params: [p("u_name", "const char __user *"), p("oflag", "int")] },
  { name: "openat", nr: 257, entry: "sys_openat", compatEntry: null, params: [p("dfd", "int"), p("filename", "const char __user *"), p("flags", "int"), p("mode", "umode_t")] },
  { name: "openat2", nr: 437, entry: "sys_openat2", compatEntry: null, params: [p("dfd", "int"), p("filename", "const char __user *"), p("how", "struct open_how __user *"), p("usize", "size_t")] },
  { name: "open_by_handle_at", nr: 304, entry: "sys_open_by_handle_at", compatEntry: null, params: [p("mountdirfd", "int"), p("handle", "struct file_handle __user *"), p("flags", "int")] },
  { name: "fsopen", nr: 430, entry: "sys_fsopen", compatEntry: null, params: [p("_fs_name", "const char __user *"), p("flags", "unsigned int")] },
];
const search = fuzzySearcher(buildSearchIndex(ROWS.map((r) => toSearchDoc([r]))));
const rank = (q: string, rows: Row[] = ROWS, numbersOf = (r: Row): RowNumber[] => [{ nr: r.nr }]) =>
  rankRows(rows, q, search(q), numbersOf).map((r) => r.name);

describe("parseNumberQuery", () => {
  it("reads decimal and hex", () => {
    expect(parseNumberQuery("59")).toBe(59);
    expect(parseNumberQuery(" 0x3b ")).toBe(59);
    expect(parseNumberQuery("0X3B")).toBe(59);
  });
  it("rejects anything else", () => {
    for (const q of ["", "3b", "59a", "0x", "-1", "1.5", "open"]) expect(parseNumberQuery(q)).toBeNull();
  });
});

describe("rankRows", () => {
  it("puts the row with the number first, decimal or hex", () => {
    expect(rank("257")[0]).toBe("openat");
    expect(rank("0x101")[0]).toBe("openat");
    expect(rank("59")[0]).toBe("execve");
    expect(rank("0x3b")[0]).toBe("execve");
  });

  it("finds a number without the ABI's base (x32, MIPS), after an exact number", () => {
    const x32 = ROWS.map((r) => ({ ...r, nr: r.nr + 0x40000000 }));
    const numbersOf = (r: Row): RowNumber[] => [{ nr: r.nr, base: 0x40000000 }];
    expect(rank("257", x32, numbersOf)[0]).toBe("openat");
    expect(rank(String(0x40000000 + 59), x32, numbersOf)[0]).toBe("execve");
  });

  it("puts the exact name first, then names starting with the query, then fuzzy hits", () => {
    const r = rank("open");
    expect(r[0]).toBe("open");
    expect(r.slice(1, 4)).toEqual(["openat", "openat2", "open_by_handle_at"]);
    expect(r).toContain("mq_open");
    expect(r).toContain("fsopen");
    expect(r).not.toContain("read");
  });

  it("ranks openat first for its own name and tolerates a typo", () => {
    expect(rank("openat")[0]).toBe("openat");
    expect(rank("opnat")).toContain("openat");
  });

  it("matches parameter names, types and entry points", () => {
    expect(rank("argv")).toEqual(["execve"]);
    expect(rank("open_how")).toContain("openat2");
    expect(rank("compat_sys_execve")[0]).toBe("execve");
  });

  it("returns every row in order for an empty query", () => {
    expect(rank("  ")).toEqual(ROWS.map((r) => r.name));
  });
});
