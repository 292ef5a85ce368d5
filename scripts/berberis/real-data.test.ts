/**
 * The importer on the real Berberis files (/work/shared/berberis, read in place from
 * ../shared/berberis). Every expected value below was read from those files by hand (and,
 * where noted, checked against the 6.1 kernel headers), not from the importer's output.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { abiFileSchema, manifestSchema, type AbiFile, type Manifest } from "@/lib/schema/kernel-api";
import { runImport } from "./run-import";
import { removeTempDirs, tempDir } from "./test-fixtures";

const BERBERIS_DIR = resolve(import.meta.dirname, "../../../shared/berberis");

describe("Berberis import of the real files", () => {
  const files = new Map<string, AbiFile>();
  let manifest: Manifest;
  beforeAll(() => {
    const out = tempDir("berberis-real-");
    const { target } = runImport({ dir: BERBERIS_DIR, out, kernel: "6.1", command: "test" });
    for (const abi of ["x86_64", "i386", "arm64", "arm", "riscv64"])
      files.set(abi, abiFileSchema.parse(JSON.parse(readFileSync(join(target, `${abi}.json`), "utf8"))));
    manifest = manifestSchema.parse(JSON.parse(readFileSync(join(target, "manifest.json"), "utf8")));
  });
  afterAll(removeTempDirs);
  const file = (abi: string) => files.get(abi) as AbiFile;
  const syscall = (abi: string, name: string) => {
    const found = file(abi).syscalls.find((s) => s.name === name);
    if (!found) throw new Error(`no ${name} on ${abi}`);
    return found;
  };

  it("imports all five arches with every syscall of kernel_syscalls.json (+ custom-only ones)", () => {
    expect(manifest.abis.map((a) => [a.abi, a.syscalls])).toEqual([
      ["x86_64", 362],
      ["i386", 440],
      ["arm64", 306],
      ["arm", 403 + 2], // + __ARM_NR_cacheflush, __ARM_NR_set_tls
      ["riscv64", 306 + 2], // + riscv_flush_icache, riscv_hwprobe
    ]);
    expect(manifest.input.package).toBe("berberis");
    expect(file("i386").source).toMatchObject({ kind: "berberis", arch: "x86" });
  });

  it("riscv64 openat is nr 56 with (int, const char *, int, umode_t)", () => {
    const openat = syscall("riscv64", "openat");
    expect(openat.nr).toBe(56);
    expect(openat.params?.map((p) => [p.type, p.size])).toEqual([
      ["int32", 4],
      ["unsigned char8 const*", 8],
      ["int32", 4],
      ["unsigned int16", 2],
    ]);
    expect(syscall("i386", "openat").params?.map((p) => p.size)).toEqual([4, 4, 4, 2]);
  });

  it("arm has the private cacheflush at 0x0f0002 and set_tls at 0x0f0005", () => {
    expect(syscall("arm", "cacheflush")).toMatchObject({ nr: 0x0f0002, entry: null });
    expect(syscall("arm", "cacheflush").params?.map((p) => p.type)).toEqual(["void*", "void*", "int32"]);
    expect(syscall("arm", "set_tls").nr).toBe(0x0f0005);
  });

  it("i386 keeps the socketcall facts", () => {
    expect(syscall("i386", "bind").notes).toContain("Berberis: socketcall 2");
    expect(syscall("i386", "accept4").notes).toContain("Berberis: socketcall 18");
    expect(syscall("i386", "socketcall").notes).toEqual([
      "Berberis: accept is socketcall 5 (no syscall number of its own here)",
      "Berberis: recv is socketcall 10 (no syscall number of its own here)",
      "Berberis: send is socketcall 9 (no syscall number of its own here)",
    ]);
    expect(file("i386").syscalls.filter((s) => s.notes?.some((n) => n.startsWith("Berberis: socketcall ")))).toHaveLength(17);
  });

  it("keeps struct layouts in bits: i386 packs struct stat64 (96 bytes), arm EABI aligns it (104)", () => {
    const i386 = file("i386").types?.["struct stat64"];
    const arm = file("arm").types?.["struct stat64"];
    if (i386?.kind !== "struct" || arm?.kind !== "struct") throw new Error("struct stat64 missing");
    expect(i386.size).toBe(96 * 8);
    expect(arm.size).toBe(104 * 8);
    expect(i386.fields.find((f) => f.name === "st_size")).toEqual({ name: "st_size", offset: 352, type: "int64" });
    expect(arm.fields.find((f) => f.name === "st_size")).toEqual({ name: "st_size", offset: 384, type: "int64" });
    const stat = file("x86_64").types?.["struct stat"];
    if (stat?.kind !== "struct") throw new Error("struct stat missing");
    expect(stat.size).toBe(144 * 8);
    expect(stat.fields.slice(0, 4).map((f) => [f.name, f.offset])).toEqual([["st_dev", 0], ["st_ino", 64], ["st_nlink", 128], ["st_mode", 192]]);
  });

  it("keeps the whole type graph of each file", () => {
    expect([...files].map(([abi, f]) => [abi, Object.keys(f.types ?? {}).length])).toEqual([
      ["x86_64", 546],
      ["i386", 649],
      ["arm64", 473],
      ["arm", 607],
      ["riscv64", 471],
    ]);
  });

  it("gives x86_64 getpid no params (kernel_syscalls.json) despite its pt_regs DWARF prototype", () => {
    expect(syscall("x86_64", "getpid").params).toEqual([]);
    expect(syscall("x86_64", "rt_sigreturn").params?.map((p) => p.type)).toEqual(["struct pt_regs const*"]);
  });

  it("notes where params did not come from the entry's own prototype", () => {
    expect(syscall("i386", "pread64").entry).toBe("sys_ia32_pread64");
    expect(syscall("i386", "pread64").params).toHaveLength(4);
    expect(syscall("i386", "pread64").notes?.[0]).toContain("params from __do_sys_pread64");
    expect(syscall("i386", "umount").params?.map((p) => p.type)).toEqual(["char8*"]); // sys_oldumount, not __do_sys_umount
    expect(syscall("arm", "mmap2").notes?.[0]).toBe("Berberis: params from custom_syscalls.json (no __do_sys_mmap2 in kernel_api_arm.json)");
    expect(syscall("x86_64", "acct").params).toBeNull();
    expect(manifest.unresolved).toContainEqual(expect.objectContaining({ abi: "x86_64", name: "acct", what: "params" }));
  });
});
