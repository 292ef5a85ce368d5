import { afterAll, describe, expect, it } from "vitest";
import { abiFileSchema, manifestSchema, type AbiFile } from "@/lib/schema/kernel-api";
import { generate } from "./generate";
import { readInputs } from "./read-inputs";
import { defaultFixture, removeTempDirs, writeFixture } from "./test-fixtures";

afterAll(removeTempDirs);

const result = generate(readInputs(writeFixture()), { kernel: "6.1", command: "test" });
const file = (abi: string): AbiFile => {
  const found = result.files.find((f) => f.abi === abi);
  if (!found) throw new Error(`no ${abi}`);
  return found.data;
};
const syscall = (abi: string, name: string) => {
  const found = file(abi).syscalls.find((s) => s.name === name);
  if (!found) throw new Error(`no ${name} on ${abi}`);
  return found;
};

describe("generate (fixtures)", () => {
  it("writes one schema-valid file per arch, named by our ABI ids, plus a valid manifest", () => {
    expect(result.files.map((f) => f.name)).toEqual(["i386.json", "arm.json", "riscv64.json"]);
    for (const f of result.files) expect(abiFileSchema.safeParse(f.data).success).toBe(true);
    expect(manifestSchema.safeParse(result.manifest).success).toBe(true);
    expect(file("i386")).toMatchObject({ kernel: "6.1", arch: "x86", wordBits: 32 });
    expect(file("i386").source).toEqual({ kind: "berberis", arch: "x86", files: ["kernel_syscalls.json", "kernel_api_x86.json", "custom_syscalls.json"] });
    expect(file("riscv64")).toMatchObject({ arch: "riscv", wordBits: 64 });
  });

  it("takes numbers in decimal and hex, names from __NR_/__ARM_NR_, sorted by number", () => {
    expect(syscall("riscv64", "openat").nr).toBe(56);
    expect(syscall("i386", "_llseek").nr).toBe(140);
    expect(syscall("arm", "cacheflush").nr).toBe(0x0f0002);
    expect(file("riscv64").syscalls.map((s) => s.nr)).toEqual([56, 80, 89, 172, 235]);
  });

  it("builds params from the entry's DWARF prototype: argN names, DWARF types, sizes in bytes, typeRef", () => {
    const openat = syscall("riscv64", "openat");
    expect(openat.params).toEqual([
      { name: "arg0", type: "int32", size: 4, typeRef: "int32" },
      { name: "arg1", type: "unsigned char8 const*", size: 8, typeRef: "unsigned char8 const*" },
      { name: "arg2", type: "int32", size: 4, typeRef: "int32" },
      { name: "arg3", type: "unsigned int16", size: 2, typeRef: "unsigned int16" },
    ]);
    expect(openat).toMatchObject({ entry: "sys_openat", implemented: true, returnType: "int64", tableAbi: null, compatEntry: null });
    expect(syscall("i386", "_llseek").params).toHaveLength(5);
    expect(syscall("i386", "_llseek").notes).toContain("Berberis: params from the DWARF prototype of __do_sys_llseek");
    expect(syscall("riscv64", "fstat").notes?.[0]).toBe("Berberis: params from __do_sys_fstat (no DWARF prototype for the entry sys_newfstat, which may take other arguments)");
  });

  it("lets kernel_syscalls.json's params [] win over a pt_regs-only DWARF prototype", () => {
    const getpid = syscall("riscv64", "getpid");
    expect(getpid.params).toEqual([]);
    expect(getpid.notes?.join("\n")).toContain("struct pt_regs const*");
  });

  it("uses the generic prototype for an arch wrapper entry, and says so", () => {
    const pread = syscall("i386", "pread64");
    expect(pread.entry).toBe("sys_ia32_pread64");
    expect(pread.params?.map((p) => p.size)).toEqual([4, 4, 4, 8]);
    expect(pread.notes?.[0]).toMatch(/^Berberis: params from __do_sys_pread64 \(no DWARF prototype for the entry sys_ia32_pread64/);
    expect(result.paramSources.get("i386")?.get("pread64")).toBe("dwarf-name");
  });

  it("marks sys_ni_syscall unimplemented and ignores a prototype named after it", () => {
    expect(syscall("i386", "bdflush")).toMatchObject({ implemented: false, params: [], entry: "sys_ni_syscall" });
  });

  it("falls back to custom params (sized by name when outside the graph) and notes it", () => {
    const acct = syscall("riscv64", "acct");
    expect(acct.params).toEqual([{ name: "arg0", type: "unsigned char8 const*", size: 8, typeRef: "unsigned char8 const*" }]);
    expect(acct.notes).toEqual([
      "Berberis: params from custom_syscalls.json (no __do_sys_acct in kernel_api_riscv64.json)",
      "Berberis comment: 64-bit kernel doesn't have this prototype",
    ]);
    const flush = syscall("arm", "cacheflush");
    expect(flush).toMatchObject({ entry: null, implemented: true });
    expect(flush.params?.map((p) => [p.type, p.size])).toEqual([["void*", 4], ["void*", 4], ["int32", 4]]);
    expect(flush.notes).toContain("Berberis custom: custom syscall");
  });

  it("leaves params null and lists the syscall as unresolved when nothing gives them", () => {
    expect(syscall("riscv64", "mbind").params).toBeNull();
    expect(result.manifest.unresolved).toContainEqual({
      abi: "riscv64",
      name: "mbind",
      what: "params",
      reason: "no __do_sys_mbind in kernel_api_riscv64.json, and no params in kernel_syscalls.json or custom_syscalls.json",
    });
  });

  it("keeps custom_syscalls.json facts as notes (top level applies to every arch that has the call)", () => {
    expect(syscall("i386", "bind").notes).toEqual(["Berberis: socketcall 2"]);
    expect(syscall("i386", "socketcall").notes).toEqual(["Berberis: accept is socketcall 5 (no syscall number of its own here)"]);
    expect(syscall("riscv64", "openat").notes).toEqual(["Berberis custom: follows symlinks"]);
    expect(syscall("riscv64", "fstat").notes).toContain("Berberis comment: a; b");
    expect(file("riscv64").syscalls.some((s) => s.name === "clone")).toBe(false);
  });

  it("keeps the whole type graph, sizes and offsets in bits", () => {
    const types = file("riscv64").types ?? {};
    expect(Object.keys(types)).toHaveLength(15);
    expect(types["struct stat"]).toEqual({
      kind: "struct",
      size: 128,
      fields: [
        { name: "st_dev", offset: 0, type: "int64" },
        { name: "st_mode", offset: 64, type: "int32" },
        { name: "st_name", offset: 96, type: "unsigned char8[0]" },
      ],
    });
    expect(types["unsigned char8 const*"]).toEqual({ kind: "pointer", pointee: "unsigned char8 const", size: 64 });
    expect(types["func __do_sys_openat"]).toEqual({ kind: "function", params: ["int32", "unsigned char8 const*", "int32", "unsigned int16"], returnType: "int64", variadic: false });
  });

  it("fills the manifest: berberis package, sha256 of the inputs, counts per ABI", () => {
    expect(result.manifest.input).toMatchObject({ package: "berberis", version: null });
    expect(result.manifest.release).toBe("6.1");
    expect(result.manifest.notes?.[0]).toContain("no kernel release");
    expect(result.manifest.abis.find((a) => a.abi === "riscv64")).toEqual({ abi: "riscv64", file: "riscv64.json", syscalls: 5, implemented: 5, withParams: 4 });
    const other = generate(readInputs(writeFixture({ ...defaultFixture(), custom_syscalls: {} })), { kernel: "6.1", command: "test" });
    expect(other.manifest.input.sha256).not.toBe(result.manifest.input.sha256);
  });
});
