import { describe, expect, it } from "vitest";
import { diffAbis } from "./abi-diff";
import { diffKernels } from "./kernel-diff";
import { presence, swapDiffPage, swapKernelDiffPage, toAbiDiffHead, toDiffPage, toKernelDiffHead, toKernelDiffPage } from "./page-model";
import { abiFile, sys } from "./test-fixtures";

const i386 = abiFile("i386", [sys("socketcall", 102, []), sys("getpid", 20, [])]);
const x86 = abiFile("x86_64", [sys("socket", 41, []), sys("bind", 49, []), sys("getpid", 39, [])]);

describe("toDiffPage", () => {
  const page = toDiffPage(diffAbis(i386, x86));

  it("stores a reason shared by several equivalents once", () => {
    const sc = page.rows.find((r) => r.name === "socketcall");
    expect(sc?.eq.map(([n, nr]) => [n, nr])).toEqual([["socket", 41], ["bind", 49]]);
    expect(new Set(sc?.eq.map(([, , i]) => i)).size).toBe(1);
    expect(page.eqReasons).toHaveLength(1);
  });

  it("tells which side a row is on and swaps sides", () => {
    const rows = Object.fromEntries(page.rows.map((r) => [r.name, r]));
    expect([rows.socketcall, rows.socket, rows.getpid].map((r) => r && presence(r))).toEqual(["a", "b", "both"]);
    const swapped = swapDiffPage(page);
    expect([swapped.abiA, swapped.abiB]).toEqual(["x86_64", "i386"]);
    expect(swapped.rows.find((r) => r.name === "getpid")).toMatchObject({ nrA: 39, nrB: 20 });
    expect([swapped.summary.onlyOnA, swapped.summary.onlyOnB]).toEqual([page.summary.onlyOnB, page.summary.onlyOnA]);
  });

  it("keeps only the counts in the head", () => {
    expect(toAbiDiffHead(diffAbis(i386, x86))).toEqual({ kernel: "6.12", abiA: "i386", abiB: "x86_64", typeLevel: false, summary: page.summary });
  });
});

describe("toKernelDiffPage", () => {
  const from = abiFile("arm64", [sys("a", 1, [["x", "int", 4]]), sys("gone", 2, [])], { kernel: "6.1" });
  const to = abiFile("arm64", [sys("a", 1, [["x", "long", 8]], { entry: "sys_a2" }), sys("new", 3, [])]);
  const page = toKernelDiffPage(diffKernels(from, to));

  it("keeps before/after of entry points and signatures", () => {
    expect(page.rows.find((r) => r.name === "a")).toEqual({
      name: "a",
      changes: ["resignatured", "entry-changed"],
      nr: [1, 1],
      entry: ["sys_a", "sys_a2"],
      sig: ["(int)", "(long)"],
    });
    expect(toKernelDiffHead(diffKernels(from, to)).counts).toEqual(page.counts);
  });

  it("reads backwards: added and removed trade places, pairs flip", () => {
    const back = swapKernelDiffPage(page);
    expect([back.from, back.to]).toEqual(["6.12", "6.1"]);
    expect(back.rows.find((r) => r.name === "new")).toMatchObject({ changes: ["removed"], nr: [3, null] });
    expect(back.rows.find((r) => r.name === "a")?.entry).toEqual(["sys_a2", "sys_a"]);
    expect([back.counts.added, back.counts.removed]).toEqual([page.counts.removed, page.counts.added]);
    // The same as diffing the other way round.
    expect(back.rows).toEqual(toKernelDiffPage(diffKernels(to, from)).rows);
  });
});
