import { describe, expect, it } from "vitest";
import type { DiffPageRow, KernelDiffPageRow } from "@/lib/diff/page-model";
import { filterDiffRows, filterKernelRows, matchQuery } from "./filter-rows";

const row = (name: string, verdict: DiffPageRow["verdict"], nrA: number | null, nrB: number | null, extra: Partial<DiffPageRow> = {}): DiffPageRow => ({
  name, verdict, nrA, nrB, kinds: [], reasons: [], eq: [], caveats: [], ...extra,
});

const rows = [
  row("open", "missing", 2, null, { eq: [["openat", 56, 0]] }),
  row("openat", "renumbered", 257, 56),
  row("pread64", "needs-translation", 180, 17, { kinds: ["entry", "split"] }),
  row("read", "same", 0, 0),
  row("riscv_hwprobe", "missing", null, 258),
];

describe("filterDiffRows", () => {
  it("filters by row kind, with missing split by side", () => {
    expect(filterDiffRows(rows, { q: "", show: ["only-a"], why: [] }).map((r) => r.name)).toEqual(["open"]);
    expect(filterDiffRows(rows, { q: "", show: ["only-b", "same"], why: [] }).map((r) => r.name)).toEqual(["read", "riscv_hwprobe"]);
  });

  it("filters by reason kind", () => {
    expect(filterDiffRows(rows, { q: "", show: [], why: ["split"] }).map((r) => r.name)).toEqual(["pread64"]);
  });

  it("searches names, equivalents and numbers on either side (decimal or hex), exact name first", () => {
    expect(filterDiffRows(rows, { q: "openat", show: [], why: [] }).map((r) => r.name)).toEqual(["openat", "open"]);
    expect(filterDiffRows(rows, { q: "56", show: [], why: [] }).map((r) => r.name)).toEqual(["openat"]);
    expect(filterDiffRows(rows, { q: "0x102", show: [], why: [] }).map((r) => r.name)).toEqual(["riscv_hwprobe"]);
    expect(matchQuery(rows, "  ", () => [])).toHaveLength(rows.length);
  });
});

describe("filterKernelRows", () => {
  const k: KernelDiffPageRow[] = [
    { name: "mseal", changes: ["added"], nr: [null, 462] },
    { name: "read", changes: [], nr: [0, 0] },
  ];
  it("shows changed syscalls by default and unchanged ones on request", () => {
    expect(filterKernelRows(k, { q: "", show: [] }).map((r) => r.name)).toEqual(["mseal"]);
    expect(filterKernelRows(k, { q: "", show: ["unchanged"] }).map((r) => r.name)).toEqual(["read"]);
    expect(filterKernelRows(k, { q: "462", show: [] }).map((r) => r.name)).toEqual(["mseal"]);
  });
});
