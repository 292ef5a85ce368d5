import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeDirsAtomically } from "./write-atomic";

let parent = "";
afterEach(() => rmSync(parent, { recursive: true, force: true }));

const dirs = (o: Record<string, Record<string, string>>) => new Map(Object.entries(o).map(([k, v]) => [k, new Map(Object.entries(v))]));

describe("writeDirsAtomically", () => {
  it("replaces whole directories (stale files go) and leaves no staging dirs", () => {
    parent = mkdtempSync(join(tmpdir(), "atlas-out-"));
    mkdirSync(join(parent, "6.12"));
    writeFileSync(join(parent, "6.12/stale.json"), "old");
    expect(writeDirsAtomically(parent, dirs({ "6.12": { "a.json": "A\n" }, "7.3": { "b.json": "B\n" } }))).toEqual(["6.12", "7.3"]);
    expect(readdirSync(parent).sort()).toEqual(["6.12", "7.3"]);
    expect(readdirSync(join(parent, "6.12"))).toEqual(["a.json"]);
  });

  it("does not touch a directory whose content is unchanged", () => {
    parent = mkdtempSync(join(tmpdir(), "atlas-out-"));
    writeDirsAtomically(parent, dirs({ k: { "a.json": "A\n" } }));
    const before = statSync(join(parent, "k/a.json")).mtimeMs;
    expect(writeDirsAtomically(parent, dirs({ k: { "a.json": "A\n" } }))).toEqual([]);
    expect(statSync(join(parent, "k/a.json")).mtimeMs).toBe(before);
  });

  it("changes nothing when writing fails part way", () => {
    parent = mkdtempSync(join(tmpdir(), "atlas-out-"));
    mkdirSync(join(parent, "5.10"));
    writeFileSync(join(parent, "5.10/keep.json"), "keep");
    expect(() => writeDirsAtomically(parent, dirs({ "5.10": { "new.json": "N" }, "6.1": { "../escape.json": "x" } }))).toThrow(/refusing to write/);
    expect(readdirSync(parent)).toEqual(["5.10"]);
    expect(readFileSync(join(parent, "5.10/keep.json"), "utf8")).toBe("keep");
    expect(existsSync(join(parent, "5.10/new.json"))).toBe(false);
  });

  it("publishes directories 0755 and files 0644 whatever the umask (mkdtemp makes 0700)", () => {
    parent = mkdtempSync(join(tmpdir(), "atlas-out-"));
    const old = process.umask(0o077);
    try {
      writeDirsAtomically(parent, dirs({ "6.12": { "x86_64.json": "{}\n" } }));
    } finally {
      process.umask(old);
    }
    expect(statSync(join(parent, "6.12")).mode & 0o777).toBe(0o755);
    expect(statSync(join(parent, "6.12/x86_64.json")).mode & 0o777).toBe(0o644);
  });
});
