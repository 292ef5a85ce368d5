/**
 * Test support: writes a small fake kernel tree (path -> content) into a fresh temp dir.
 * The basic type headers below are a trimmed model of the kernel's own layout
 * (posix_types with the `#ifndef __kernel_xxx` override pattern, linux/types.h).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export function writeTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "proto-fixture-"));
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}

export const BASE_TYPES: Record<string, string> = {
  "include/uapi/asm-generic/int-ll64.h": `#ifndef _UAPI_ASM_GENERIC_INT_LL64_H
#define _UAPI_ASM_GENERIC_INT_LL64_H
typedef unsigned int __u32;
typedef signed int __s32;
typedef unsigned short __u16;
typedef unsigned long long __u64;
typedef signed long long __s64;
#endif
`,
  "include/asm-generic/int-ll64.h": `#ifndef _ASM_GENERIC_INT_LL64_H
#define _ASM_GENERIC_INT_LL64_H
#include <uapi/asm-generic/int-ll64.h>
typedef __u32 u32;
typedef __s32 s32;
typedef __u16 u16;
typedef __u64 u64;
typedef __s64 s64;
#endif
`,
  "include/uapi/asm-generic/types.h": `#include <asm-generic/int-ll64.h>
`,
  "include/uapi/linux/types.h": `#ifndef _UAPI_LINUX_TYPES_H
#define _UAPI_LINUX_TYPES_H
#include <asm/types.h>
#include <linux/posix_types.h>
typedef int __bitwise __kernel_rwf_t;
#endif
`,
  "include/uapi/linux/posix_types.h": `#ifndef _LINUX_POSIX_TYPES_H
#define _LINUX_POSIX_TYPES_H
#include <asm/posix_types.h>
#endif
`,
  "include/uapi/asm-generic/posix_types.h": `#ifndef __ASM_GENERIC_POSIX_TYPES_H
#define __ASM_GENERIC_POSIX_TYPES_H
#ifndef __kernel_long_t
typedef long __kernel_long_t;
typedef unsigned long __kernel_ulong_t;
#endif
#ifndef __kernel_mode_t
typedef unsigned int __kernel_mode_t;
#endif
#ifndef __kernel_uid_t
typedef unsigned int __kernel_uid_t;
typedef unsigned int __kernel_gid_t;
#endif
typedef unsigned int __kernel_uid32_t;
typedef unsigned int __kernel_gid32_t;
#ifndef __kernel_old_uid_t
typedef __kernel_uid_t __kernel_old_uid_t;
typedef __kernel_gid_t __kernel_old_gid_t;
#endif
#ifndef __kernel_size_t
#if __BITS_PER_LONG != 64
typedef unsigned int __kernel_size_t;
typedef int __kernel_ssize_t;
#else
typedef __kernel_ulong_t __kernel_size_t;
typedef __kernel_long_t __kernel_ssize_t;
#endif
#endif
typedef long long __kernel_loff_t;
typedef __kernel_long_t __kernel_old_time_t;
typedef int __kernel_timer_t;
#endif
`,
  "include/linux/types.h": `#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H
#include <uapi/linux/types.h>
typedef unsigned short umode_t;
typedef __kernel_mode_t mode_t;
typedef __kernel_uid32_t uid_t;
typedef __kernel_gid32_t gid_t;
#ifdef CONFIG_HAVE_UID16
typedef __kernel_old_uid_t old_uid_t;
typedef __kernel_old_gid_t old_gid_t;
#endif
typedef __kernel_loff_t loff_t;
typedef __kernel_size_t size_t;
typedef __kernel_ssize_t ssize_t;
typedef __kernel_timer_t timer_t;
typedef __kernel_rwf_t rwf_t;
typedef s32 int32_t;
#endif
`,
  "include/linux/key.h": `#ifndef _LINUX_KEY_H
#define _LINUX_KEY_H
typedef int32_t key_serial_t;
#endif
`,
  "arch/Kconfig": `config CLONE_BACKWARDS
	bool
	help
	  Architecture has tls passed as the 4th argument of clone(2),
	  not the 5th one.

config CLONE_BACKWARDS2
	bool

config CLONE_BACKWARDS3
	bool

config ARCH_SPLIT_ARG64
	bool
	help
	  default text in help is not a default
`,
};
