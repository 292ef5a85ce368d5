import { afterEach, describe, expect, it, vi } from "vitest";
import { abiFile, stubFetch, syscall } from "./test-fixtures";
import { buildAllRows } from "./all-matrix";
import { fetchAllRows, isAllRowsFile } from "./all-rows-file";

const files = [
  abiFile("6.12", "x86_64", [syscall(2, "open"), syscall(257, "openat")]),
  abiFile("6.12", "arm64", [syscall(56, "openat"), syscall(1024, "open", { implemented: false, entry: "sys_ni_syscall", params: null })]),
];
const abis = ["x86_64", "arm64"];
/** The file as the browser receives it: through JSON. */
const file = () => JSON.parse(JSON.stringify({ abis, rows: buildAllRows(files) }));

describe("isAllRowsFile", () => {
  it("accepts the rows the data build writes", () => {
    expect(isAllRowsFile(file(), abis)).toBe(true);
  });

  it("rejects a file whose columns are other ABIs or in another order", () => {
    expect(isAllRowsFile(file(), ["arm64", "x86_64"])).toBe(false);
    expect(isAllRowsFile(file(), ["x86_64"])).toBe(false);
  });

  it.each([
    ["a number that is not an integer", (f: any) => (f.rows[0].nrs[0] = 2.5)],
    ["a number given as text", (f: any) => (f.rows[0].nrs[0] = "2")],
    ["a row with a cell missing", (f: any) => f.rows[0].nrs.pop()],
    ["an unimplemented mark outside the columns", (f: any) => (f.rows[0].ni = [2])],
    ["an unknown category", (f: any) => (f.rows[0].categories = ["made-up"])],
    ["a row without a name", (f: any) => delete f.rows[1].name],
    ["rows that are not a list", (f: any) => (f.rows = {})],
  ])("rejects %s", (_what, spoil) => {
    const f = file();
    spoil(f);
    expect(isAllRowsFile(f, abis)).toBe(false);
  });
});

describe("fetchAllRows", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("returns the rows of a good file", async () => {
    stubFetch(200, file());
    expect((await fetchAllRows("/rows.json", abis)).map((r) => r.name)).toEqual(["open", "openat"]);
  });

  it("rejects a missing file and a file for other columns, naming the URL", async () => {
    stubFetch(404, {});
    await expect(fetchAllRows("/rows.json", abis)).rejects.toThrow("/rows.json: HTTP 404");
    stubFetch(200, file());
    await expect(fetchAllRows("/rows.json", ["arm64"])).rejects.toThrow("/rows.json");
  });
});
