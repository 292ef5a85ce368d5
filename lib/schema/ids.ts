/**
 * The id lists of the kernel API schema (re-exported by ./kernel-api). Kept free of zod so
 * that browser code (URL parsers, filters) can import them without pulling zod into the
 * page bundles. Imports nothing.
 */

/** The ABI ids used in file names, URLs and the API (30). Order = display order. */
export const ABI_IDS = [
  "x86_64",
  "x32",
  "i386",
  "arm64",
  "arm",
  "riscv64",
  "riscv32",
  "loongarch64",
  "loongarch32",
  "powerpc64",
  "powerpc",
  "s390x",
  "s390",
  "mips-o32",
  "mips-n32",
  "mips-n64",
  "sparc64",
  "sparc",
  "alpha",
  "parisc64",
  "parisc",
  "m68k",
  "sh",
  "xtensa",
  "microblaze",
  "csky",
  "openrisc",
  "arc",
  "hexagon",
  "nios2",
] as const;

/**
 * strace's syscall classes (see strace(1), "-e trace=%class"), as ids safe in a URL.
 * `stat_any` is strace's `%%stat`, `statfs_any` is `%%statfs`.
 */
export const CATEGORY_IDS = [
  "file",
  "desc",
  "network",
  "process",
  "signal",
  "ipc",
  "memory",
  "creds",
  "clock",
  "pure",
  "stat",
  "lstat",
  "fstat",
  "stat_any",
  "statfs",
  "fstatfs",
  "statfs_any",
  "uncategorized",
] as const;
