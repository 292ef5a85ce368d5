import { describe, expect, it } from "vitest";
import { archSinceFromNotes, firstVersion, parseSyscallsTable, tblRows } from "./syscalls-table";

// The shape of man-pages 6.x: \f[B]..\f[] fonts, T{ ... T} text blocks, comment lines.
const NEW_STYLE = [
  '.TH syscalls 2 2026-01-01 "fixture"',
  ".TS",
  "Lb       Lb Lb",
  "Lw(26n)2 L  Lx.",
  "System call\tKernel\tNotes",
  "_",
  "\\f[B]_llseek\\f[](2)\t1.2",
  "T{",
  ".BR accept (2)",
  "T}\t2.0\tT{",
  "See notes on \\f[B]socketcall\\f[](2)",
  "T}",
  '.\\" \\f[B]cmpxchg\\f[](2)\t2.6.12\tT{',
  '.\\" ARM, never exposed',
  '.\\" T}',
  "T{",
  ".BR arch_prctl (2)",
  "T}\t2.6\tT{",
  "x86_64, x86 since 4.12",
  "T}",
  "\\f[B]getxattr\\f[](2)\t2.6; 2.4.18",
  "\\f[B]oldumount\\f[](2)\t2.4.116\tName of the old umount",
  "\\f[B]openat\\f[](2)\t2.6.16",
  "T{",
  ".BR pread64 (2)",
  "T}\t\tT{",
  'Added as "pread" in 2.2;',
  'renamed "pread64" in 2.6',
  "T}",
  "\\f[B]usr26\\f[](2)\t2.4.8.1\tARM OABI only",
  ".TE",
  ".P",
  "\\f[B]notarow\\f[](2)\t9.9",
].join("\n");

// The shape of man-pages 5.x/6.0x: \fB..\fP fonts, a rule line, a blank line.
const OLD_STYLE = [
  ".TS",
  "l2 le l",
  "---",
  "l l l.",
  "\\fBSystem call\\fP\t\\fBKernel\\fP\t\\fBNotes\\fP",
  "",
  "\\fBclose\\fP(2)\t1.0",
  "\\fBarch_prctl\\fP(2)\t2.6\tT{",
  "x86_64, x86 since 4.12",
  "T}",
  "\\fBpoll\\fP(2)\t2.0.36; 2.2",
  ".TE",
].join("\n");

describe("tblRows", () => {
  it("joins text blocks into cells and skips comments, rules and the format", () => {
    const rows = tblRows(NEW_STYLE);
    expect(rows[0]).toEqual(["System call", "Kernel", "Notes"]);
    expect(rows).toContainEqual(["accept(2)", "2.0", "See notes on socketcall(2)"]);
    expect(rows).toContainEqual(["pread64(2)", "", 'Added as "pread" in 2.2; renamed "pread64" in 2.6']);
    expect(rows.some((r) => r[0]?.includes("cmpxchg"))).toBe(false);
    expect(rows.some((r) => r[0]?.includes("notarow"))).toBe(false);
  });
});

describe("parseSyscallsTable", () => {
  it("reads the new layout", () => {
    const t = parseSyscallsTable(NEW_STYLE);
    expect([...t.keys()]).toEqual(["_llseek", "accept", "arch_prctl", "getxattr", "oldumount", "openat", "pread64", "usr26"]);
    expect(t.get("openat")?.version).toBe("2.6.16");
    expect(t.get("_llseek")?.version).toBe("1.2");
    expect(t.get("accept")?.notes).toBe("See notes on socketcall(2)");
    expect(t.get("arch_prctl")?.archSince).toEqual({ x86: "4.12" });
  });

  it("reads the old layout", () => {
    const t = parseSyscallsTable(OLD_STYLE);
    expect(t.get("close")?.version).toBe("1.0");
    expect(t.get("arch_prctl")?.archSince).toEqual({ x86: "4.12" });
    expect(t.get("poll")?.version).toBe("2.0.36");
  });

  it("takes the earliest of backported versions, the old name's version, and refuses typos", () => {
    const t = parseSyscallsTable(NEW_STYLE);
    expect(t.get("getxattr")?.version).toBe("2.4.18");
    expect(t.get("pread64")?.version).toBe("2.2");
    expect(t.get("oldumount")?.version).toBeNull(); // 2.4.116 never existed
    expect(t.get("usr26")?.version).toBeNull(); // an ARM patch level, not a release
  });

  it("fails loudly without a table", () => {
    expect(() => parseSyscallsTable(".TH x 2\nno table")).toThrow(/no table/);
    expect(() => parseSyscallsTable(".TS\nl l.\n.TE")).toThrow(/no rows/);
  });
});

describe("firstVersion / archSinceFromNotes", () => {
  it("treats an empty Kernel cell as 1.0 unless the notes name a version", () => {
    expect(firstVersion("", "")).toBe("1.0");
    expect(firstVersion("", "Renamed in 2.6")).toBeNull();
  });
  it("ignores 'since' that is not about an architecture", () => {
    expect(archSinceFromNotes("Deprecated since 3.16")).toEqual({});
    expect(archSinceFromNotes("Deprecated (does nothing) since 2.6")).toEqual({});
  });
});
