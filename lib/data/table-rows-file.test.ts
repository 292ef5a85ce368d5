import { afterEach, describe, expect, it, vi } from "vitest";
import { abiInfo } from "@/lib/abi-info";
import { fetchTableRows, isTableRowsFile } from "./table-rows-file";
import { tableRows } from "./table-row";
import { stubFetch, syscall } from "./test-fixtures";

const syscalls = [
  syscall(257, "openat", { compatEntry: "compat_sys_openat", since: "2.6.16", notes: ["a note"] }),
  syscall(2, "open"),
  syscall(335, "reserved", { implemented: false, entry: null, params: null, returnType: null, source: null, categories: [], man: false }),
  syscall(17, "pread64", { params: [{ name: "pos", type: "loff_t", size: 8 }] }),
];
/** The file as the browser receives it: through JSON. */
const file = () => JSON.parse(JSON.stringify({ kernel: "6.12", abi: "i386", rows: tableRows(abiInfo("i386"), syscalls) }));

describe("isTableRowsFile", () => {
  it("accepts the rows the data build writes, every optional fact present or absent", () => {
    expect(isTableRowsFile(file(), "6.12", "i386")).toBe(true);
    expect(file().rows.map((r: { nr: number }) => r.nr)).toEqual([2, 17, 257, 335]);
  });

  it("rejects the rows of another table", () => {
    expect(isTableRowsFile(file(), "6.12", "x86_64")).toBe(false);
    expect(isTableRowsFile(file(), "6.1", "i386")).toBe(false);
  });

  it.each([
    ["a number given as text", (f: any) => (f.rows[0].nr = "2")],
    ["a negative number", (f: any) => (f.rows[0].nr = -1)],
    ["a row without a name", (f: any) => delete f.rows[1].name],
    ["an argument without its registers", (f: any) => delete f.rows[0].params[0].regs],
    ["a register that is not text", (f: any) => (f.rows[0].params[0].regs = [3])],
    ["parameters that are not a list", (f: any) => (f.rows[0].params = {})],
    ["a source line of 0", (f: any) => (f.rows[0].source.line = 0)],
    ["an unknown category", (f: any) => (f.rows[0].categories = ["made-up"])],
    ["`implemented` as text", (f: any) => (f.rows[0].implemented = "yes")],
    ["an entry point that is a number", (f: any) => (f.rows[0].entry = 1)],
    ["notes that are not a list", (f: any) => (f.rows[2].notes = "a note")],
    ["rows that are not a list", (f: any) => (f.rows = {})],
  ])("rejects %s", (_what, spoil) => {
    const f = file();
    spoil(f);
    expect(isTableRowsFile(f, "6.12", "i386")).toBe(false);
  });
});

describe("fetchTableRows", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("returns the rows of a good file", async () => {
    stubFetch(200, file());
    expect((await fetchTableRows("/rows.json", "6.12", "i386")).map((r) => r.name)).toEqual(["open", "pread64", "openat", "reserved"]);
  });

  it("rejects a missing file and another table's file, naming the URL", async () => {
    stubFetch(404, {});
    await expect(fetchTableRows("/rows.json", "6.12", "i386")).rejects.toThrow("/rows.json: HTTP 404");
    stubFetch(200, file());
    await expect(fetchTableRows("/rows.json", "6.12", "arm64")).rejects.toThrow("/rows.json: not the rows of the arm64 table");
  });
});
