/**
 * Real data, end to end: build the generated data for one kernel from data/ and read it
 * back through lib/data, as the pages do. The numbers asserted here were checked against
 * the kernel's own tables (arch/x86/entry/syscalls/syscall_64.tbl, syscall_32.tbl,
 * scripts/syscall.tbl, arch/arm/tools/syscall.tbl, arch/mips/kernel/syscalls/syscall_o32.tbl).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate, OUTPUT_ROOTS } from "./generate";
import { readInputs } from "./read-inputs";
import { writeOutputs } from "./write-outputs";

const DATA = path.resolve("data");
const KERNEL = "6.12";
const has612 = existsSync(path.join(DATA, "linux", KERNEL, "manifest.json"));
let root: string;
let data: typeof import("@/lib/data");

describe.skipIf(!has612)("generated data for Linux 6.12 through lib/data", () => {
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "atlas-real-"));
    writeOutputs(root, generate(readInputs(DATA, [KERNEL]), "https://atlas.test"), OUTPUT_ROOTS);
    process.env.ATLAS_GENERATED_DIR = path.join(root, "generated");
    data = await import("@/lib/data");
  });
  afterAll(() => {
    delete process.env.ATLAS_GENERATED_DIR;
    rmSync(root, { recursive: true, force: true });
  });

  it("has openat at the kernel's numbers on several ABIs", () => {
    const nr = (abi: Parameters<typeof data.getTable>[1]) => data.getTable(KERNEL, abi)?.rows.find((r) => r.name === "openat")?.nr;
    expect(nr("x86_64")).toBe(257);
    expect(nr("x32")).toBe(0x40000000 + 257);
    expect(nr("i386")).toBe(295);
    expect(nr("arm64")).toBe(56);
    expect(nr("arm")).toBe(322);
    expect(nr("mips-o32")).toBe(4288);
  });

  it("resolves argument registers, including split and aligned 64-bit arguments", () => {
    const row = (abi: Parameters<typeof data.getTable>[1], name: string) => data.getTable(KERNEL, abi)?.rows.find((r) => r.name === name);
    expect(row("x86_64", "openat")?.params?.map((p) => p.regs)).toEqual([["rdi"], ["rsi"], ["rdx"], ["r10"]]);
    const pread = row("arm", "pread64")?.params;
    expect(pread?.at(-1)).toMatchObject({ name: "pos", regs: ["r4", "r5"], pad: "r3" });
  });

  it("serves the syscall page model with every ABI and grouped signatures", () => {
    const view = data.getSyscallView(KERNEL, "openat");
    expect(view?.rows.length).toBeGreaterThan(20);
    expect(view?.signatures[0]?.params?.map((p) => p.name)).toEqual(["dfd", "filename", "flags", "mode"]);
    expect(data.getSyscallView(KERNEL, "no_such_syscall")).toBeNull();
  });

  it("lists the all-ABI matrix and the route params", () => {
    const all = data.getAllTable(KERNEL);
    const execve = all?.rows.find((r) => r.name === "execve");
    expect(execve?.nrs[all?.abis.indexOf("x86_64") ?? -1]).toBe(59);
    expect(data.listTableParams().length).toBe(data.getKernel(KERNEL)?.abis.length);
    expect(data.listSyscallParams().some((p) => p.name === "openat")).toBe(true);
  });
});
