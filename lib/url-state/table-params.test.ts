import { describe, expect, it } from "vitest";
import {
  canonicalColumns,
  loadAllParams,
  loadTableParams,
  serializeAllParams,
  serializeTableParams,
  TABLE_COLUMNS,
  validArgs,
} from "./table-params";

describe("table URL state", () => {
  it("parses the documented example", () => {
    const s = loadTableParams("?q=open&cat=file,desc&sort=nr");
    expect(s.q).toBe("open");
    expect(s.cat).toEqual(["file", "desc"]);
    expect(s.sort).toBe("nr");
    expect(s.cols).toEqual([...TABLE_COLUMNS]);
    expect(s.impl).toBe(false);
    expect(s.args).toBeNull();
  });

  it("falls back to defaults for values it does not know", () => {
    const s = loadTableParams("?cat=file,bogus&sort=sideways&impl=maybe&cols=nr,nope");
    expect(s.cat).toEqual(["file"]);
    expect(s.sort).toBeNull();
    expect(s.impl).toBe(false);
    expect(s.cols).toEqual(["nr"]);
  });

  it("leaves defaults out of the URL", () => {
    expect(serializeTableParams({ q: "", cat: [], cols: [...TABLE_COLUMNS], sort: null, impl: false, args: null })).toBe("");
    expect(serializeTableParams({ q: "open", cat: ["file", "desc"], sort: "-nr", impl: true, args: 3 })).toBe(
      "?q=open&cat=file,desc&impl=true&args=3&sort=-nr",
    );
  });

  it("round-trips", () => {
    const url = serializeTableParams({ q: "0x3b", cat: ["process"], cols: ["nr", "name"], sort: "name" });
    expect(loadTableParams(url)).toMatchObject({ q: "0x3b", cat: ["process"], cols: ["nr", "name"], sort: "name" });
  });

  it("keeps columns in display order and the name column always visible", () => {
    expect(canonicalColumns(["cat", "nr"])).toEqual(["nr", "name", "cat"]);
    expect(canonicalColumns(TABLE_COLUMNS)).toEqual([...TABLE_COLUMNS]);
  });

  it("accepts only sensible argument counts", () => {
    expect(validArgs(0)).toBe(0);
    expect(validArgs(6)).toBe(6);
    expect(validArgs(-1)).toBeNull();
    expect(validArgs(42)).toBeNull();
    expect(validArgs(null)).toBeNull();
  });
});

describe("all-table URL state", () => {
  it("parses ABI columns, the every-ABI filter and per-ABI sorting", () => {
    const s = loadAllParams("?abis=x86_64,arm64,nope&every=true&sort=-arm64");
    expect(s.abis).toEqual(["x86_64", "arm64"]);
    expect(s.every).toBe(true);
    expect(s.sort).toBe("-arm64");
  });

  it("leaves defaults out of the URL", () => {
    expect(serializeAllParams({ abis: [], every: false, sort: null, q: "" })).toBe("");
    expect(serializeAllParams({ abis: ["i386"], every: true })).toBe("?abis=i386&every=true");
  });
});
