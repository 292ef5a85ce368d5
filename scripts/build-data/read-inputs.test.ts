import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { InputError, readInputs } from "./read-inputs";
import { sampleInputs, writeDataDir } from "./test-fixtures";

let root: string;
let dataDir: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "atlas-read-"));
  dataDir = writeDataDir(root, sampleInputs());
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const file = (...p: string[]) => path.join(dataDir, "linux", ...p);
const edit = (p: string, fn: (j: Record<string, unknown>) => void) => {
  const j = JSON.parse(readFileSync(p, "utf8"));
  fn(j);
  writeFileSync(p, JSON.stringify(j, null, 2));
};
function problems(): string[] {
  try {
    readInputs(dataDir);
  } catch (e) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("readInputs", () => {
  it("reads and validates every kernel", () => {
    const inputs = readInputs(dataDir);
    expect(inputs.map((i) => i.manifest.kernel).sort()).toEqual(["6.1", "6.12", "7.3"]);
    expect(inputs.find((i) => i.manifest.kernel === "6.12")?.files.map((f) => f.abi)).toEqual(["x86_64", "i386"]);
  });

  it("can be limited to some kernels", () => {
    expect(readInputs(dataDir, ["6.12"]).map((i) => i.manifest.kernel)).toEqual(["6.12"]);
    expect(() => readInputs(dataDir, ["9.9"])).toThrow(/9\.9: requested kernel not found/);
  });

  it("names the file and the field of a schema violation", () => {
    edit(file("6.12", "x86_64.json"), (j) => {
      (j.syscalls as { nr: unknown }[])[1]!.nr = -5;
    });
    const p = problems();
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^linux\/6\.12\/x86_64\.json: syscalls\.1\.nr: /);
  });

  it("reports broken JSON with a line and column", () => {
    writeFileSync(file("6.1", "i386.json"), '{\n  "schemaVersion": 1,\n  oops\n}');
    expect(problems()[0]).toMatch(/^linux\/6\.1\/i386\.json: invalid JSON: line 3 column \d+/);
  });

  it("rejects files the manifest does not list, and wrong counts", () => {
    writeFileSync(file("6.12", "arm64.json"), "{}");
    edit(file("6.12", "manifest.json"), (j) => {
      (j.abis as { syscalls: number }[])[0]!.syscalls = 99;
    });
    const p = problems();
    expect(p).toContain("linux/6.12/arm64.json: not listed in manifest.json abis");
    expect(p).toContain("linux/6.12/manifest.json: abis.0.syscalls: says 99 but x86_64.json has 4");
  });

  it("rejects a file whose kernel or ABI does not match where it sits", () => {
    edit(file("6.1", "x86_64.json"), (j) => {
      j.kernel = "6.12";
    });
    edit(file("7.3", "manifest.json"), (j) => {
      (j.abis as { abi: string }[])[1]!.abi = "arm64";
    });
    const p = problems();
    expect(p).toContain('linux/6.1/x86_64.json: kernel: "6.12" but the directory is "6.1"');
    expect(p).toContain('linux/7.3/manifest.json: abis.1.abi: "arm64" but i386.json has abi "i386"');
  });

  it("collects problems from several kernels at once", () => {
    writeFileSync(file("6.1", "manifest.json"), "[]");
    writeFileSync(file("7.3", "x86_64.json"), "nope");
    const p = problems();
    expect(p.some((x) => x.startsWith("linux/6.1/manifest.json:"))).toBe(true);
    expect(p.some((x) => x.startsWith("linux/7.3/x86_64.json: invalid JSON"))).toBe(true);
  });
});
