/**
 * Real trees (skipped when absent): x32 user space is ILP32, but its uapi
 * asm/posix_types.h takes posix_types_x32.h under __ILP32__, where __kernel_long_t and
 * __kernel_ulong_t are 64-bit. So off_t and aio_context_t are 8 bytes on x32 while long,
 * size_t and pointers stay 4; x86_64 and i386 keep their own sizes, and MIPS n32 (also
 * ILP32 on a 64-bit kernel) keeps a 4-byte off_t, as its headers say.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { abiInfo } from "@/lib/abi-info";
import type { AbiId } from "@/lib/schema/kernel-api";
import { cachedKernelTree } from "../test-support/kernel-tree";
import { createPrototypeResolver } from "./index";

const CALLS: [name: string, param: string][] = [
  ["lseek", "offset"],
  ["ftruncate", "length"],
  ["io_destroy", "ctx"],
  ["io_getevents", "ctx_id"],
  ["io_cancel", "ctx_id"],
  ["io_pgetevents", "ctx_id"],
];

describe.each(["5.10", "6.12"])("basic type sizes per ABI in %s", (v) => {
  const root = cachedKernelTree(v) ?? `/nonexistent/linux-source-${v}`;
  describe.skipIf(!existsSync(join(root, "Makefile")))("tree", () => {
    const r = createPrototypeResolver(root);
    const size = (abi: AbiId, name: string, param: string, entry = `sys_${name}`) => {
      const info = abiInfo(abi);
      const res = r.resolve({ abi, arch: info.arch, wordBits: info.wordBits, name, entry, compatEntry: null });
      if (!res.ok) throw new Error(`${abi} ${name}: ${res.reason}`);
      return res.params.find((p) => p.name === param)?.size;
    };

    it.each(CALLS)("x32 %s.%s is 8 bytes (__kernel_long_t / __kernel_ulong_t)", (name, param) => expect(size("x32", name, param)).toBe(8));
    it.each(CALLS)("x86_64 %s.%s stays 8", (name, param) => expect(size("x86_64", name, param)).toBe(8));

    it("i386 off_t and aio_context_t stay 4", () => {
      expect(size("i386", "lseek", "offset")).toBe(4);
      expect(size("i386", "ftruncate", "length")).toBe(4);
      expect(size("i386", "io_destroy", "ctx")).toBe(4);
    });

    it("x32 long, size_t and pointers stay 4", () => {
      expect(size("x32", "read", "count")).toBe(4); // size_t: __kernel_size_t is unsigned int
      expect(size("x32", "read", "buf")).toBe(4);
      expect(size("x32", "ioctl", "arg")).toBe(4); // unsigned long
      expect(size("x32", "pread64", "pos")).toBe(8); // loff_t
    });

    it("mips-n32 off_t stays 4", () => {
      expect(size("mips-n32", "lseek", "offset")).toBe(4);
      expect(size("mips-n32", "read", "count")).toBe(4);
    });
  });
});
