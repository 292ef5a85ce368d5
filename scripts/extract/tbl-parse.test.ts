import { describe, expect, it } from "vitest";
import { parseTbl, selectTblLines, TblError } from "./tbl-parse";

const TABLE = `# comment line
0	common	read			sys_read
1	64	write			sys_write		compat_sys_write
2	x32	readv			compat_sys_readv

3	i386	exit			sys_exit		-		noreturn
4	common	tuxcall
5	common2	odd			sys_odd
`;

describe("parseTbl", () => {
  it("reads every field, with '-' and missing columns as null", () => {
    const lines = parseTbl(TABLE, "t.tbl");
    expect(lines.map((l) => [l.line, l.nr, l.abi, l.name, l.entry, l.compat, l.noreturn])).toEqual([
      [2, 0, "common", "read", "sys_read", null, false],
      [3, 1, "64", "write", "sys_write", "compat_sys_write", false],
      [4, 2, "x32", "readv", "compat_sys_readv", null, false],
      [6, 3, "i386", "exit", "sys_exit", null, true],
      [7, 4, "common", "tuxcall", null, null, false],
      [8, 5, "common2", "odd", "sys_odd", null, false],
    ]);
  });

  it.each([
    ["12x\tcommon\tfoo\tsys_foo", "nr", /"12x" is not a decimal number/],
    ["12\tcommon", "name", /at least 3 fields/],
    ["12\tcommon\t9foo\tsys_foo", "name", /not a syscall name/],
    ["12\tcommon\tfoo\tsys-foo", "entry", /not a C symbol/],
    ["12\tcommon\tfoo\tsys_foo\tcompat-sys", "compat", /not a C symbol/],
    ["12\tcommon\tfoo\tsys_foo\t-\tnoret", "noreturn", /not "noreturn"/],
    ["12\tcommon\tfoo\tsys_foo\t-\tnoreturn\textra", "(extra)", /at most 6 fields/],
  ])("rejects %j naming file, line and field %s", (line, field, message) => {
    const text = `0\tcommon\tread\tsys_read\n${line}\n`;
    let err: unknown;
    try {
      parseTbl(text, "arch/x/syscall.tbl");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TblError);
    const e = err as TblError;
    expect([e.file, e.line, e.field]).toEqual(["arch/x/syscall.tbl", 2, field]);
    expect(e.message).toMatch(new RegExp(`^arch/x/syscall\\.tbl:2: field ${field.replace(/[()]/g, "\\$&")}: `));
    expect(e.message).toMatch(message);
  });
});

describe("selectTblLines", () => {
  const lines = parseTbl(TABLE, "t.tbl");
  it("keeps every line without an ABI list", () => {
    expect(selectTblLines(lines, null)).toHaveLength(6);
  });
  it("matches the ABI column by prefix, like the kernel's grep -E", () => {
    expect(selectTblLines(lines, ["common", "64"]).map((l) => l.name)).toEqual(["read", "write", "tuxcall", "odd"]);
    expect(selectTblLines(lines, ["i386"]).map((l) => l.name)).toEqual(["exit"]);
  });
});
