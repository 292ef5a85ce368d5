/**
 * Tiny Berberis input directories for the unit tests (hand-written, a few syscalls each,
 * shaped like AOSP's files). `writeFixture()` writes one to a fresh temp dir.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const created: string[] = [];

/** A fresh temp directory, removed by removeTempDirs() (call it in afterAll). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

const fn = (params: string[], ret: string) => ({
  kind: "function",
  params,
  return_type: ret,
  has_variadic_args: false,
  is_virtual_method: false,
  size: 0,
});

/** riscv64 (LP64): openat, getpid (x86_64-style pt_regs prototype), acct (custom params). */
export function riscvApi() {
  return {
    symbols: {
      __do_sys_openat: { type: "func __do_sys_openat" },
      __do_sys_getpid: { type: "func __do_sys_getpid" },
      __do_sys_fstat: { type: "func __do_sys_fstat" },
    },
    types: {
      int32: { kind: "int", signed: true, size: 32 },
      int64: { kind: "int", signed: true, size: 64 },
      "unsigned int16": { kind: "int", signed: false, size: 16 },
      "unsigned char8": { kind: "char", signed: false, size: 8 },
      "unsigned char8 const": { kind: "const", base_type: "unsigned char8", size: 8 },
      "unsigned char8 const*": { kind: "pointer", pointee_type: "unsigned char8 const", size: 64 },
      "unsigned char8[0]": { kind: "array", element_type: "unsigned char8", size: 0 },
      "struct pt_regs": { kind: "incomplete" },
      "struct pt_regs const": { kind: "const", base_type: "struct pt_regs", size: 0 },
      "struct pt_regs const*": { kind: "pointer", pointee_type: "struct pt_regs const", size: 64 },
      "struct stat": {
        kind: "struct",
        size: 128,
        inheritance: [],
        fields: [
          { name: "st_dev", offset: 0, type: "int64" },
          { name: "st_mode", offset: 64, type: "int32" },
          { name: "st_name", offset: 96, type: "unsigned char8[0]" },
        ],
      },
      "struct stat*": { kind: "pointer", pointee_type: "struct stat", size: 64 },
      "func __do_sys_openat": fn(["int32", "unsigned char8 const*", "int32", "unsigned int16"], "int64"),
      "func __do_sys_getpid": fn(["struct pt_regs const*"], "int64"),
      "func __do_sys_fstat": fn(["int32", "struct stat*"], "int64"),
    },
  };
}

/** i386 (ILP32): ia32 wrapper, _llseek, ni slot with a stale prototype, socketcall. */
export function x86Api() {
  return {
    symbols: {
      __do_sys_pread64: { type: "func __do_sys_pread64" },
      __do_sys_llseek: { type: "func __do_sys_llseek" },
      __do_sys_bdflush: { type: "func __do_sys_bdflush" },
      __do_sys_socketcall: { type: "func __do_sys_socketcall" },
      __do_sys_bind: { type: "func __do_sys_bind" },
    },
    types: {
      int32: { kind: "int", signed: true, size: 32 },
      int64: { kind: "int", signed: true, size: 64 },
      "unsigned int32": { kind: "int", signed: false, size: 32 },
      "unsigned int32*": { kind: "pointer", pointee_type: "unsigned int32", size: 32 },
      char8: { kind: "char", signed: true, size: 8 },
      "char8*": { kind: "pointer", pointee_type: "char8", size: 32 },
      "int64*": { kind: "pointer", pointee_type: "int64", size: 32 },
      void: { kind: "incomplete" },
      "void*": { kind: "pointer", pointee_type: "void", size: 32 },
      "func __do_sys_pread64": fn(["unsigned int32", "char8*", "unsigned int32", "int64"], "int32"),
      "func __do_sys_llseek": fn(["unsigned int32", "unsigned int32", "unsigned int32", "int64*", "unsigned int32"], "int32"),
      "func __do_sys_bdflush": fn(["int32", "int32"], "int32"),
      "func __do_sys_socketcall": fn(["int32", "unsigned int32*"], "int32"),
      "func __do_sys_bind": fn(["int32", "void*", "int32"], "int32"),
    },
  };
}

/** arm (ILP32): only the private cacheflush call, which only custom_syscalls.json has. */
export function armApi() {
  return {
    symbols: {},
    types: {
      int32: { kind: "int", signed: true, size: 32 },
      void: { kind: "incomplete" },
      "void*": { kind: "pointer", pointee_type: "void", size: 32 },
    },
  };
}

export function kernelSyscalls(): Record<string, unknown> {
  return {
    __NR_openat: { riscv64: { id: "56", entry: "sys_openat" } },
    __NR_getpid: { riscv64: { id: "172", entry: "sys_getpid", params: [] } },
    __NR_fstat: { riscv64: { id: "80", entry: "sys_newfstat" } },
    __NR_acct: { riscv64: { id: "89", entry: "sys_acct" } },
    __NR_mbind: { riscv64: { id: "235", entry: "sys_mbind" } },
    __NR_pread64: { x86: { id: "180", entry: "sys_ia32_pread64" } },
    __NR__llseek: { x86: { id: "140", entry: "sys_llseek" } },
    __NR_bdflush: { x86: { id: "134", entry: "sys_ni_syscall", params: [] } },
    __NR_socketcall: { x86: { id: "102", entry: "sys_socketcall" } },
    __NR_bind: { x86: { id: "361", entry: "sys_bind" } },
    __NR_restart_syscall: { arm: { id: "0", entry: "sys_restart_syscall", params: [] } },
  };
}

export function customSyscalls(): Record<string, unknown> {
  return {
    __ARM_NR_cacheflush: { arm: { custom_reason: "custom syscall", id: "0x0f0002", params: ["void*", "void*", "int32"] } },
    __NR_acct: { riscv64: { comment: "64-bit kernel doesn't have this prototype", params: ["unsigned char8 const*"] } },
    __NR_bind: { x86: { custom_reason: "socketcall", socketcall: "2" } },
    __NR_accept: { x86: { custom_reason: "socketcall", socketcall: "5" } },
    __NR_openat: { custom_reason: "follows symlinks" },
    __NR_fstat: { riscv64: { comment: ["a", "b"] } },
    __NR_clone: { custom_reason: "custom syscall" },
  };
}

export interface FixtureFiles {
  kernel_syscalls?: unknown;
  custom_syscalls?: unknown;
  riscv64?: unknown;
  x86?: unknown;
  arm?: unknown;
  /** Raw text for a file name, written as is (malformed JSON). */
  raw?: Record<string, string>;
}

export function defaultFixture(): FixtureFiles {
  return {
    kernel_syscalls: kernelSyscalls(),
    custom_syscalls: customSyscalls(),
    riscv64: riscvApi(),
    x86: x86Api(),
    arm: armApi(),
  };
}

export function writeFixture(files: FixtureFiles = defaultFixture()): string {
  const dir = tempDir("berberis-fixture-");
  const put = (name: string, data: unknown) => data !== undefined && writeFileSync(join(dir, name), JSON.stringify(data, null, 2));
  put("kernel_syscalls.json", files.kernel_syscalls);
  put("custom_syscalls.json", files.custom_syscalls);
  put("kernel_api_riscv64.json", files.riscv64);
  put("kernel_api_x86.json", files.x86);
  put("kernel_api_arm.json", files.arm);
  for (const [name, text] of Object.entries(files.raw ?? {})) writeFileSync(join(dir, name), text);
  return dir;
}
