/**
 * The CLI end to end on small trees: a good run writes the files; bad input (a malformed
 * table line, a missing table or build file, a duplicate row, a --kernel the tree is not,
 * bad arguments, a source package without an exact version) fails with a clear message and exit status 1, and leaves an existing output
 * directory exactly as it was.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { abiFileSchema } from "@/lib/schema/kernel-api";
import { makeTree } from "./test-support/fixture-tree";
import { REPO_ROOT } from "./test-support/kernel-tree";
import { X86_TREE } from "./test-support/x86-fixture";

const TSX = join(REPO_ROOT, "node_modules/.bin/tsx");
const cleanup: string[] = [];
afterEach(() => {
  for (const d of cleanup.splice(0)) rmSync(d, { recursive: true, force: true });
});

function run(args: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(TSX, [join(REPO_ROOT, "scripts/extract/cli.ts"), ...args], { cwd: REPO_ROOT, encoding: "utf8" });
  return { status: r.status, stderr: r.stderr };
}

/** An output dir that already holds a kernel, to prove failures leave it alone. */
function outWithData(): { out: string; snapshot: () => string } {
  const out = mkdtempSync(join(tmpdir(), "atlas-cli-out-"));
  cleanup.push(out);
  mkdirSync(join(out, "linux/6.12"), { recursive: true });
  writeFileSync(join(out, "linux/6.12/x86_64.json"), '{"old": true}\n');
  const snapshot = () =>
    readdirSync(out, { recursive: true })
      .map(String)
      .sort()
      .map((p) => (p.endsWith(".json") ? `${p}=${readFileSync(join(out, p), "utf8")}` : p))
      .join("|");
  return { out, snapshot };
}

function tree(patch: Record<string, string | null>): string {
  const files: Record<string, string> = { ...X86_TREE };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete files[k];
    else files[k] = v;
  }
  const root = makeTree(files);
  cleanup.push(root);
  return root;
}

const FLAGS = ["--no-prototypes", "--no-classify"];

describe("data:extract CLI", () => {
  it("extracts a directory into <out>/linux/<kernel>/", () => {
    const { out } = outWithData();
    const r = run([tree({}), "--out", out, ...FLAGS]);
    expect(r.stderr).toMatch(/6\.12: 3 ABIs/);
    expect(r.status).toBe(0);
    expect(readdirSync(join(out, "linux/6.12")).sort()).toEqual(["i386.json", "manifest.json", "x32.json", "x86_64.json"]);
    const file = abiFileSchema.parse(JSON.parse(readFileSync(join(out, "linux/6.12/x32.json"), "utf8")));
    expect(file.syscalls[0]?.nr).toBe(0x40000000);
  });

  it("rejects a malformed table line, naming file, line and field", () => {
    const { out, snapshot } = outWithData();
    const before = snapshot();
    const bad = X86_TREE["arch/x86/entry/syscalls/syscall_64.tbl"]?.replace("1\tcommon\twrite", "1x\tcommon\twrite") ?? "";
    const r = run([tree({ "arch/x86/entry/syscalls/syscall_64.tbl": bad }), "--out", out, ...FLAGS]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('arch/x86/entry/syscalls/syscall_64.tbl:3: field nr: "1x" is not a decimal number');
    expect(snapshot()).toBe(before);
  });

  it("reports a missing table", () => {
    const { out, snapshot } = outWithData();
    const before = snapshot();
    const r = run([tree({ "arch/x86/entry/syscalls/syscall_32.tbl": null }), "--out", out, ...FLAGS]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("arch/x86/entry/syscalls/syscall_32.tbl: missing (arch/x86/entry/syscalls/Makefile generates unistd_32.h from it)");
    expect(snapshot()).toBe(before);
  });

  it("reports a name or number twice in one ABI against the table lines", () => {
    const { out, snapshot } = outWithData();
    const before = snapshot();
    const table = X86_TREE["arch/x86/entry/syscalls/syscall_64.tbl"] ?? "";
    const dupName = run([tree({ "arch/x86/entry/syscalls/syscall_64.tbl": `${table}9\tcommon\tread\tsys_read\n` }), "--out", out, ...FLAGS]);
    expect(dupName.status).toBe(1);
    expect(dupName.stderr).toContain("arch/x86/entry/syscalls/syscall_64.tbl:7: name: duplicate read (first on line 2), selected for x86_64");
    const dupNr = run([tree({ "arch/x86/entry/syscalls/syscall_64.tbl": `${table}0\tcommon\tpread\tsys_pread\n` }), "--out", out, ...FLAGS]);
    expect(dupNr.status).toBe(1);
    expect(dupNr.stderr).toContain("arch/x86/entry/syscalls/syscall_64.tbl:7: nr: duplicate 0 (first on line 2), selected for x86_64");
    expect(snapshot()).toBe(before);
  });

  it("refuses --kernel that is not the tree's series, writing nothing", () => {
    const { out, snapshot } = outWithData();
    const before = snapshot();
    const root = tree({});
    const r = run([root, "--kernel", "6.1", "--out", out, ...FLAGS]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`--kernel 6.1 does not match the tree: ${root}/Makefile has VERSION = 6, PATCHLEVEL = 12 (release 6.12.1)`);
    expect(snapshot()).toBe(before);
  });

  it("fails on a missing arch Makefile instead of marking the arch's ABIs absent", () => {
    const { out, snapshot } = outWithData();
    const before = snapshot();
    const r = run([tree({ "arch/mips/kernel/syscalls/syscall_n64.tbl": "0\tn64\tread\tsys_read\n" }), "--out", out, ...FLAGS]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("arch/mips/kernel/syscalls/Makefile: missing (arch/mips/kernel/syscalls/ has syscall_n64.tbl;");
    expect(snapshot()).toBe(before);
  });

  it("explains bad arguments", () => {
    expect(run([]).stderr).toMatch(/usage: npm run data:extract/);
    const r = run(["not-a-dir-or-package", ...FLAGS]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/neither a kernel source directory nor a Debian package name/);
    expect(run(["all", "--kernel", "6.12"]).stderr).toMatch(/--kernel cannot be combined with all/);
  });

  it("refuses a source package without an exact version, before any download, writing nothing", () => {
    const { out, snapshot } = outWithData();
    const before = snapshot();
    const cache = mkdtempSync(join(tmpdir(), "atlas-cli-cache-"));
    cleanup.push(cache);
    const bare = run(["linux", "--out", out, "--cache", cache]);
    expect(bare.status).toBe(1);
    expect(bare.stderr).toContain("data:extract: linux: the source package needs an explicit version (like linux=7.2.8-1)");
    const bad = run(["linux=7.2.8 1", "--out", out, "--cache", cache]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('data:extract: linux=7.2.8 1: "7.2.8 1" is not a Debian version');
    expect(snapshot()).toBe(before);
    expect(readdirSync(cache)).toEqual([]); // not even the man pages were fetched
  });
});
