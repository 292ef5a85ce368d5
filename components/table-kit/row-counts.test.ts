import { describe, expect, it } from "vitest";
import { countCategories, distinctArgCounts, rowFacets } from "./row-counts";

const rows = [
  { name: "read", categories: ["desc"], argc: 3 },
  { name: "openat", categories: ["desc", "file"], argc: 4 },
  { name: "getpid", categories: [], argc: 0 },
  { name: "odd", categories: ["file"], argc: -1 },
];

describe("facet counts of the pre-rendered toolbar", () => {
  it("counts each row once per category it carries", () => {
    const counts = countCategories(rows);
    for (const c of ["desc", "file"]) expect(counts.get(c)).toBe(rows.filter((r) => r.categories.includes(c)).length);
    expect(counts.has("network")).toBe(false);
  });

  it("lists each argument count once", () => {
    expect(distinctArgCounts(rows, (r) => r.argc).sort()).toEqual([-1, 0, 3, 4]);
  });

  it("summarises the facets as plain data that survives JSON (server page to toolbar)", () => {
    const facets = JSON.parse(JSON.stringify(rowFacets(rows, (r) => r.argc)));
    expect(new Map(facets.categoryCounts)).toEqual(countCategories(rows));
    expect(facets.argCounts.sort()).toEqual([-1, 0, 3, 4]);
    expect(facets.total).toBe(rows.length);
  });
});
