import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { abiFile, sys } from "@/lib/diff/test-fixtures";
import { defaultKernel } from "./load-data";
import { runCommand } from "./run";

const root = mkdtempSync(path.join(tmpdir(), "atlas-cli-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function put(kernel: string, name: string, value: unknown) {
  const dir = path.join(root, "linux", kernel);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), typeof value === "string" ? value : JSON.stringify(value));
}
const manifest = (kernel: string, preview: boolean) => ({
  schemaVersion: 1, kernel, release: kernel, preview,
  input: { package: "directory", version: null, sha256: "0".repeat(64) },
  extractor: { version: "test", command: "test" }, abis: [], unresolved: [],
});

for (const [kernel, preview] of [["6.1", false], ["6.12", false], ["7.3", true]] as const) {
  put(kernel, "manifest.json", manifest(kernel, preview));
  put(kernel, "x86_64.json", abiFile("x86_64", [sys("read", 0, []), sys("open", 2, []), ...(kernel === "6.1" ? [] : [sys("mseal", 462, [])])], { kernel }));
  put(kernel, "arm64.json", abiFile("arm64", [sys("read", 63, []), sys("openat", 56, [])], { kernel }));
}
put("6.12", "riscv64.json", { ...abiFile("riscv64", [], { kernel: "6.12" }), wordBits: 48 });
put("6.12", "i386.json", "{ not json");
put("6.12", "arm.json", abiFile("arm", [], { kernel: "6.1" }));

const TSX = path.resolve("node_modules/.bin/tsx");
const cli = (...args: string[]) => spawnSync(TSX, ["scripts/atlas/cli.ts", ...args], { encoding: "utf8" });

describe("atlas command line", () => {
  it("defaults to the newest non-preview kernel", async () => {
    expect(await defaultKernel(root)).toBe("6.12");
    const json = JSON.parse(await runCommand({ kind: "diff", abiA: "x86_64", abiB: "arm64", kernel: null, data: root, format: "json", out: null }));
    expect(json).toMatchObject({ kernel: "6.12", abiA: "x86_64", abiB: "arm64" });
    expect(json.rows.find((r: { name: string }) => r.name === "open")).toMatchObject({ verdict: "missing", equivalents: [{ name: "openat", nr: 56 }] });
  });

  it("runs a kernel diff", async () => {
    const md = await runCommand({ kind: "kernel-diff", abi: "x86_64", from: "6.1", to: "6.12", data: root, format: "md", out: null });
    expect(md).toContain("| mseal | added |");
  });

  it.each([
    ["riscv64", /riscv64\.json: wordBits: /],
    ["i386", /i386\.json: not valid JSON/],
    ["arm", /arm\.json: kernel: "6\.1" but the file sits under 6\.12/],
    ["mips-o32", /no mips-o32 data for kernel 6\.12 \(available: .*x86_64/],
  ])("names the file and field when %s data is bad or missing", async (abi, message) => {
    await expect(runCommand({ kind: "diff", abiA: "x86_64", abiB: abi as "arm", kernel: "6.12", data: root, format: "json", out: null })).rejects.toThrow(message);
  });

  it("exits 0 with the report, 1 on bad data, 2 on bad arguments", () => {
    const ok = cli("diff", "x86_64", "arm64", "--data", root, "--format", "md");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("# x86_64 vs arm64, Linux 6.12");
    const bad = cli("diff", "x86_64", "i386", "--data", root, "--format", "md");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("i386.json: not valid JSON");
    const usage = cli("diff", "x86_64", "--format", "md");
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("usage:");
  });

  it("writes --out atomically and leaves no file on failure", () => {
    const out = path.join(root, "map.h");
    expect(cli("diff", "x86_64", "arm64", "--data", root, "--format", "c", "--out", out).status).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("atlas_x86_64_to_arm64_nr");
    const failed = path.join(root, "none.h");
    expect(cli("diff", "x86_64", "i386", "--data", root, "--format", "c", "--out", failed).status).toBe(1);
    expect(() => readFileSync(failed)).toThrow();
  });
});
