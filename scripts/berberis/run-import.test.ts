import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { abiFileSchema, manifestSchema } from "@/lib/schema/kernel-api";
import { runImport } from "./run-import";
import { defaultFixture, kernelSyscalls, removeTempDirs, tempDir, writeFixture } from "./test-fixtures";

const root = resolve(import.meta.dirname, "../..");
const freshOut = () => tempDir("berberis-out-");
/** Every file under dir (relative path -> content). */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name), "utf8")]),
  );

afterAll(removeTempDirs);

describe("runImport", () => {
  it("writes <out>/linux/<kernel>/<abi>.json + manifest.json in the data/ layout, all schema-valid", () => {
    const out = freshOut();
    const result = runImport({ dir: writeFixture(), out, kernel: "6.1", command: "test" });
    expect(result.target).toBe(join(out, "linux", "6.1"));
    expect(readdirSync(join(out, "linux"))).toEqual(["6.1"]);
    expect(readdirSync(result.target).sort()).toEqual(["arm.json", "i386.json", "manifest.json", "riscv64.json"]);
    for (const abi of ["arm", "i386", "riscv64"]) {
      const parsed = abiFileSchema.safeParse(JSON.parse(readFileSync(join(result.target, `${abi}.json`), "utf8")));
      expect(parsed.success).toBe(true);
    }
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(result.target, "manifest.json"), "utf8")));
    expect(manifest.abis.map((a) => a.file)).toEqual(["i386.json", "arm.json", "riscv64.json"]);
  });

  it("honours --kernel and replaces an earlier Berberis import as a whole", () => {
    const out = freshOut();
    runImport({ dir: writeFixture(), out, kernel: "6.12", command: "test" });
    const onlyRiscv = { kernel_syscalls: { __NR_openat: { riscv64: { id: "56", entry: "sys_openat" } } }, riscv64: defaultFixture().riscv64 };
    runImport({ dir: writeFixture(onlyRiscv), out, kernel: "6.12", command: "test" });
    expect(readdirSync(join(out, "linux"))).toEqual(["6.12"]);
    expect(readdirSync(join(out, "linux", "6.12")).sort()).toEqual(["manifest.json", "riscv64.json"]);
  });

  it("changes nothing when the input is bad", () => {
    const out = freshOut();
    runImport({ dir: writeFixture(), out, kernel: "6.1", command: "test" });
    const before = snapshot(out);
    expect(Object.keys(before).sort()).toEqual(["/linux/6.1/arm.json", "/linux/6.1/i386.json", "/linux/6.1/manifest.json", "/linux/6.1/riscv64.json"]);
    const syscalls = kernelSyscalls();
    syscalls["__NR_openat"] = { riscv64: { entry: "sys_openat" } };
    expect(() => runImport({ dir: writeFixture({ ...defaultFixture(), kernel_syscalls: syscalls }), out, kernel: "6.1", command: "test" })).toThrow(/missing id/);
    expect(snapshot(out)).toEqual(before);
  });

  it("refuses to overwrite a kernel directory that is not a Berberis import", () => {
    const out = freshOut();
    mkdirSync(join(out, "linux", "6.1"), { recursive: true });
    writeFileSync(join(out, "linux", "6.1", "manifest.json"), JSON.stringify({ input: { package: "linux-source-6.1" } }));
    expect(() => runImport({ dir: writeFixture(), out, kernel: "6.1", command: "test" })).toThrow(/refusing to overwrite: .*not a Berberis import/);
    expect(readdirSync(join(out, "linux", "6.1"))).toEqual(["manifest.json"]);
  });
});

describe("cli", () => {
  const cli = (...args: string[]) => spawnSync(join(root, "node_modules/.bin/tsx"), ["scripts/berberis/cli.ts", ...args], { cwd: root, encoding: "utf8" });

  it("exits 1 naming the file on bad input, 2 on bad usage, 0 on success", () => {
    const out = freshOut();
    const bad = cli(writeFixture({ ...defaultFixture(), x86: undefined }), "--out", out);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/error: kernel_api_x86\.json: missing file/);
    expect(existsSync(join(out, "linux"))).toBe(false);
    expect(cli("--out", out).status).toBe(2);
    const good = cli(writeFixture(), "--out", out, "--kernel", "6.1");
    expect(good.stderr).toBe("");
    expect(good.status).toBe(0);
    expect(good.stdout).toContain("riscv64.json: 5 syscalls");
  });

  it("reports a system error (--out is a regular file) in one line naming the path, exit 1", () => {
    const parent = freshOut();
    const out = join(parent, "not-a-dir");
    writeFileSync(out, "x");
    const r = cli(writeFixture(), "--out", out);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([`error: ${join(out, "linux")}: mkdir failed: not a directory (ENOTDIR)`]);
    expect(readFileSync(out, "utf8")).toBe("x");
  });
});
