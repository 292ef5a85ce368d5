import { describe, expect, it } from "vitest";
import { parseSeries } from "./series";
import { parseUnifiedDiff } from "./unified-diff";
import { createUpstreamLineMap, type SeriesPatch } from "./upstream-lines";

const upstream = ["a", "b", "c", "d", "e", "f", "g", "h"];

// Patch 1 adds two lines after "b" and removes "f"; a mail signature follows the hunk.
const p1 = `From: someone
Subject: add x

--- a/k/f.c
+++ b/k/f.c
@@ -1,7 +1,8 @@
 a
 b
+x1
+x2
 c
 d
 e
-f
 g
-- 
2.39.0
`;
// Patch 2 (applied after 1) adds a line at the top and one before "h" (header numbers off by 2: an offset).
const p2 = `diff --git a/k/f.c b/k/f.c
--- a/k/f.c
+++ b/k/f.c
@@ -1,2 +1,3 @@
+top
 a
 b
@@ -5,3 +6,4 @@
 e
 g
+y
 h
\\ No newline at end of file
diff --git a/k/new.c b/k/new.c
new file mode 100644
--- /dev/null
+++ b/k/new.c
@@ -0,0 +1,2 @@
+n1
+n2
`;
const patched = ["top", "a", "b", "x1", "x2", "c", "d", "e", "g", "y", "h"];
const series: SeriesPatch[] = [
  { name: "one.patch", strip: 1, text: p1 },
  { name: "two.patch", strip: 1, text: p2 },
];
const files: Record<string, string> = { "k/f.c": `${patched.join("\n")}\n`, "k/new.c": "n1\nn2\n" };
const read = (p: string): string => files[p] ?? "";

describe("parseUnifiedDiff", () => {
  it("reads hunks by their header counts, not the text after them", () => {
    const [f] = parseUnifiedDiff(p1, 1);
    expect(f?.oldPath).toBe("k/f.c");
    expect(f?.hunks).toHaveLength(1);
    const h = f?.hunks[0];
    expect([h?.oldStart, h?.oldCount, h?.newStart, h?.newCount]).toEqual([1, 7, 1, 8]);
    expect(h?.lines.filter((l) => l.op === "-").map((l) => l.text)).toEqual(["f"]);
  });

  it("knows created files and git renames", () => {
    expect(parseUnifiedDiff(p2, 1).map((f) => [f.oldPath, f.newPath, f.hunks.length])).toEqual([
      ["k/f.c", "k/f.c", 2],
      [null, "k/new.c", 1],
    ]);
    const rename = "diff --git a/x/old.c b/x/new.c\nsimilarity index 100%\nrename from x/old.c\nrename to x/new.c\n";
    expect(parseUnifiedDiff(rename, 1)).toEqual([{ oldPath: "x/old.c", newPath: "x/new.c", hunks: [] }]);
  });

  it("rejects a hunk shorter than its header", () => {
    expect(() => parseUnifiedDiff("--- a/f\n+++ b/f\n@@ -1,3 +1,3 @@\n a\n", 1, "bad.patch")).toThrow(/bad.patch:3: hunk ends early/);
  });
});

describe("parseSeries", () => {
  it("skips comments and blank lines and reads -pN", () => {
    expect(parseSeries("# top\nbugfix/a.patch\n\nfeatures/b.patch -p0  # why\n")).toEqual([
      { patch: "bugfix/a.patch", strip: 1, line: 2 },
      { patch: "features/b.patch", strip: 0, line: 4 },
    ]);
    expect(() => parseSeries("x.patch --fuzz=3\n", "series")).toThrow(/series:1: unknown option/);
    expect(() => parseSeries("../x.patch\n", "series")).toThrow(/leaves the patches directory/);
  });
});

describe("createUpstreamLineMap", () => {
  const map = createUpstreamLineMap(read, series);

  it("maps every kept line to the same text upstream", () => {
    patched.forEach((text, i) => {
      const up = map.locate("k/f.c", i + 1);
      if (up.line !== null) expect(upstream[up.line - 1]).toBe(text);
    });
    expect(map.locate("k/f.c", 11)).toEqual({ file: "k/f.c", line: 8 }); // "h"
    expect(map.locate("k/f.c", 9)).toEqual({ file: "k/f.c", line: 7 }); // "g", after the removed "f"
    expect(map.locate("k/f.c", 2)).toEqual({ file: "k/f.c", line: 1 }); // "a", below "top"
  });

  it("names the patch that added a line", () => {
    expect(map.locate("k/f.c", 1)).toEqual({ file: "k/f.c", line: null, addedBy: "two.patch" });
    expect(map.locate("k/f.c", 4)).toEqual({ file: "k/f.c", line: null, addedBy: "one.patch" });
    expect(map.locate("k/new.c", 2)).toEqual({ file: "k/new.c", line: null, addedBy: "two.patch" });
  });

  it("leaves untouched files alone and rejects lines past the end", () => {
    expect(map.locate("fs/open.c", 1234)).toEqual({ file: "fs/open.c", line: 1234 });
    expect(() => map.locate("k/f.c", 12)).toThrow(/k\/f.c:12: past the end/);
  });

  it("refuses a hunk that does not match the tree instead of trusting its header", () => {
    const bad = createUpstreamLineMap(() => "a\nb\nc\n", series);
    expect(() => bad.locate("k/f.c", 1)).toThrow(/two.patch on k\/f.c: hunk #1 .* does not match/);
  });
});
