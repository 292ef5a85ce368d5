import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeOutputs } from "./write-outputs";

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "atlas-write-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const ROOTS = ["generated", "public/api"];
const read = (p: string) => readFileSync(path.join(root, p), "utf8");

describe("writeOutputs", () => {
  it("replaces each root completely", () => {
    mkdirSync(path.join(root, "generated"), { recursive: true });
    writeFileSync(path.join(root, "generated", "stale.json"), "old");
    const r = writeOutputs(root, new Map([["generated/a/b.json", "1"], ["public/api/v1/index.json", "2"]]), ROOTS);
    expect(r.written.sort()).toEqual(["generated", "public/api"]);
    expect(read("generated/a/b.json")).toBe("1");
    expect(read("public/api/v1/index.json")).toBe("2");
    expect(existsSync(path.join(root, "generated", "stale.json"))).toBe(false);
  });

  it("leaves an unchanged root alone", () => {
    const files = new Map([["generated/x.json", "same"], ["public/api/i.json", "v1"]]);
    writeOutputs(root, files, ROOTS);
    const before = statSync(path.join(root, "generated", "x.json")).mtimeMs;
    const r = writeOutputs(root, new Map([["generated/x.json", "same"], ["public/api/i.json", "v2"]]), ROOTS);
    expect(r.unchanged).toEqual(["generated"]);
    expect(r.written).toEqual(["public/api"]);
    expect(statSync(path.join(root, "generated", "x.json")).mtimeMs).toBe(before);
  });

  it("touches nothing when writing fails part-way", () => {
    writeOutputs(root, new Map([["generated/keep.json", "old"], ["public/api/keep.json", "old"]]), ROOTS);
    // "a" is a file and a directory at once: the second write fails after the first root was staged.
    const bad = new Map([["generated/ok.json", "new"], ["public/api/a", "file"], ["public/api/a/b.json", "dir"]]);
    expect(() => writeOutputs(root, bad, ROOTS)).toThrow();
    expect(read("generated/keep.json")).toBe("old");
    expect(existsSync(path.join(root, "generated", "ok.json"))).toBe(false);
    expect(read("public/api/keep.json")).toBe("old");
    const leftovers = [...readdirSync(root), ...readdirSync(path.join(root, "public"))].filter((n) => n.includes(".tmp-"));
    expect(leftovers).toEqual([]);
  });

  it("refuses a file outside the roots", () => {
    expect(() => writeOutputs(root, new Map([["elsewhere/x.json", "1"]]), ROOTS)).toThrow(/not under any output root/);
  });
});
