/**
 * Against real kernel trees (skipped when absent): spot checks of prototypes and sizes
 * that are facts of the ABIs, and coverage over every implemented table entry.
 * Trees: KERNEL_SRC_<X>_<Y>, or the ones vitest's global setup unpacked into .cache/.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { abiInfo } from "@/lib/abi-info";
import type { AbiId } from "@/lib/schema/kernel-api";
import { cachedKernelTree } from "../test-support/kernel-tree";
import { createPrototypeResolver, type PrototypeResolver } from "./index";
import { QUICK_TABLES, isImplemented, quickRows } from "./quick-tables";

const tree = (v: string) => cachedKernelTree(v) ?? `/nonexistent/linux-source-${v}`;
const T612 = tree("6.12");
const MAIN: AbiId[] = ["x86_64", "i386", "arm", "arm64", "riscv64"];
/** ABIs a tree does not build (the coverage loop skips them there). */
const NOT_IN_6_12: AbiId[] = ["loongarch32"];

function coverage(root: string, r: PrototypeResolver, abi: AbiId) {
  const info = abiInfo(abi);
  const misses: string[] = [];
  let total = 0;
  for (const row of quickRows(root, abi) ?? []) {
    if (!isImplemented(row, info.wordBits)) continue;
    total++;
    const res = r.resolve({ abi, arch: info.arch, wordBits: info.wordBits, ...row });
    if (!res.ok) misses.push(`${row.name} (${row.entry ?? "-"}): ${res.reason}`);
    else expect(res.params.every((p) => p.size !== null), `${abi} ${row.name} sizes`).toBe(true);
  }
  return { total, resolved: total - misses.length, misses };
}

describe.skipIf(!existsSync(join(T612, "Makefile")))("prototypes from the 6.12 tree", () => {
  const r = createPrototypeResolver(T612);
  const get = (abi: AbiId, name: string, entry: string, compatEntry: string | null = null) => {
    const info = abiInfo(abi);
    const res = r.resolve({ abi, arch: info.arch, wordBits: info.wordBits, name, entry, compatEntry });
    if (!res.ok) throw new Error(`${abi} ${name}: ${res.reason}`);
    return res;
  };
  const shape = (abi: AbiId, name: string, entry: string, compat: string | null = null) => get(abi, name, entry, compat).params.map((p) => `${p.type} ${p.name}:${p.size}`);
  const names = (abi: AbiId, name: string, entry: string) => get(abi, name, entry).params.map((p) => p.name);

  it("openat on x86_64", () => {
    expect(shape("x86_64", "openat", "sys_openat")).toEqual(["int dfd:4", "const char __user * filename:8", "int flags:4", "umode_t mode:2"]);
    expect(get("x86_64", "openat", "__x64_sys_openat").source.file).toBe("fs/open.c");
  });

  it("pread64 on i386 goes through sys_ia32_pread64 with split position", () => {
    const p = get("i386", "pread64", "sys_ia32_pread64");
    expect(p.params.map((x) => x.name)).toEqual(["fd", "ubuf", "count", "poslo", "poshi"]);
    expect(p.params.every((x) => x.size === 4)).toBe(true);
    expect(p.source.file).toBe("arch/x86/kernel/sys_ia32.c");
  });

  it("clone argument order follows each arch's CONFIG_CLONE_BACKWARDS*", () => {
    const dflt = ["clone_flags", "newsp", "parent_tidptr", "child_tidptr", "tls"];
    const back = ["clone_flags", "newsp", "parent_tidptr", "tls", "child_tidptr"];
    expect(names("x86_64", "clone", "sys_clone")).toEqual(dflt); // only X86_32 selects CLONE_BACKWARDS
    expect(names("i386", "clone", "sys_clone")).toEqual(back);
    expect(names("arm64", "clone", "sys_clone")).toEqual(back);
    expect(names("arm", "clone", "sys_clone")).toEqual(back);
    expect(names("s390x", "clone", "sys_clone")).toEqual(["newsp", "clone_flags", "parent_tidptr", "child_tidptr", "tls"]);
    expect(names("microblaze", "clone", "sys_clone")).toEqual(["clone_flags", "newsp", "stack_size", "parent_tidptr", "child_tidptr", "tls"]);
    expect(get("s390x", "clone", "sys_clone").notes).toContain("CONFIG_CLONE_BACKWARDS2: newsp before clone_flags (arch/s390/Kconfig selects CLONE_BACKWARDS2)");
  });

  it("old mmap on i386 takes one pointer", () => {
    expect(shape("i386", "mmap", "sys_old_mmap", "compat_sys_ia32_mmap")).toEqual(["struct mmap_arg_struct __user * arg:4"]);
  });

  it("size_t follows the word size, loff_t is 8 everywhere", () => {
    const count = (abi: AbiId) => get(abi, "pread64", "sys_pread64").params.find((p) => p.name === "count")?.size;
    expect(count("x86_64")).toBe(8);
    expect(count("arm")).toBe(4);
    expect(get("i386", "read", "sys_read").params[2]?.size).toBe(4);
    for (const abi of ["x86_64", "arm", "arm64", "riscv64", "mips-o32", "powerpc64", "sparc"] as AbiId[])
      expect(get(abi, "pread64", "sys_pread64").params.find((p) => p.name === "pos")?.size, abi).toBe(8);
  });

  it("old_uid_t is 2 bytes where the arch says so", () => {
    for (const abi of ["i386", "arm", "m68k", "sh", "sparc"] as AbiId[])
      expect(shape(abi, "chown", "sys_chown16").slice(1), abi).toEqual(["old_uid_t user:2", "old_gid_t group:2"]);
  });

  it("follows arch renames and assembly, and says why when it cannot", () => {
    expect(names("hexagon", "fadvise64_64", "sys_fadvise64_64")).toEqual(["fd", "advice", "offset_lo", "offset_hi", "len_lo", "len_hi"]);
    expect(names("arm", "mmap2", "sys_mmap2")).toEqual(["addr", "len", "prot", "flags", "fd", "pgoff"]);
    expect(shape("arm", "cacheflush", "arm_syscall")).toEqual(["unsigned long start:4", "unsigned long end:4", "int flags:4"]);
    const info = abiInfo("sparc");
    const clone = r.resolve({ abi: "sparc", arch: info.arch, wordBits: info.wordBits, name: "clone", entry: "sys_clone", compatEntry: null });
    expect(clone.ok).toBe(false);
  });

  it("resolves >= 99% of implemented entries on the main ABIs and >= 97% overall", () => {
    let all = 0;
    let ok = 0;
    const lines: string[] = [];
    for (const abi of Object.keys(QUICK_TABLES) as AbiId[]) {
      if (NOT_IN_6_12.includes(abi)) continue;
      const c = coverage(T612, r, abi);
      all += c.total;
      ok += c.resolved;
      lines.push(`${abi}: ${c.resolved}/${c.total}`, ...c.misses.map((m) => `  miss ${m}`));
      if (MAIN.includes(abi)) expect(c.resolved / c.total, `${abi}\n${c.misses.join("\n")}`).toBeGreaterThanOrEqual(0.99);
    }
    console.log(`6.12 prototype coverage ${ok}/${all}\n${lines.join("\n")}`);
    expect(ok / all).toBeGreaterThanOrEqual(0.97);
  });
});

for (const v of ["5.10", "7.3"]) {
  const root = tree(v);
  describe.skipIf(!existsSync(join(root, "Makefile")))(`prototypes from the ${v} tree`, () => {
    it("resolves >= 99% of implemented entries on the main ABIs", () => {
      const r = createPrototypeResolver(root);
      for (const abi of MAIN) {
        const c = coverage(root, r, abi);
        expect(c.total, abi).toBeGreaterThan(250);
        expect(c.resolved / c.total, `${v} ${abi}\n${c.misses.join("\n")}`).toBeGreaterThanOrEqual(0.99);
      }
    });
  });
}

const T73 = tree("7.3");
describe.skipIf(!existsSync(join(T73, "Makefile")))("loongarch32 prototypes from the 7.3 tree", () => {
  it("resolves every loongarch32 entry with ILP32 sizes (native 32-bit kernel)", () => {
    const r = createPrototypeResolver(T73);
    const c = coverage(T73, r, "loongarch32");
    expect(c.total).toBeGreaterThan(250);
    expect(c.misses).toEqual([]);
    const info = abiInfo("loongarch32");
    const get = (name: string, entry: string) => {
      const res = r.resolve({ abi: "loongarch32", arch: info.arch, wordBits: info.wordBits, name, entry, compatEntry: null });
      if (!res.ok) throw new Error(`${name}: ${res.reason}`);
      return res.params.map((p) => `${p.name}:${p.size}`);
    };
    expect(get("pread64", "sys_pread64")).toEqual(["fd:4", "buf:4", "count:4", "pos:8"]);
    expect(get("fadvise64_64", "sys_fadvise64_64")).toEqual(["fd:4", "offset:8", "len:8", "advice:4"]);
    expect(get("mmap2", "sys_mmap2")).toEqual(["addr:4", "len:4", "prot:4", "flags:4", "fd:4", "offset:4"]);
  });
});
