/**
 * The one schema for per-ABI kernel API files (`data/linux/<kernel>/<abi>.json`) and
 * their manifests. Every writer (extractor, Berberis importer) and every reader (build
 * script, site, CLI) parses through it; the TypeScript types below are inferred from it.
 *
 * Ground floor: imports nothing but zod (and the plain id lists in ./ids).
 */
import { z } from "zod";
import { ABI_IDS, CATEGORY_IDS } from "./ids";

// The id lists live in ./ids (no zod) so browser code can use them without bundling zod.
export { ABI_IDS, CATEGORY_IDS };

export const SCHEMA_VERSION = 1 as const;

export const abiIdSchema = z.enum(ABI_IDS);
export type AbiId = z.infer<typeof abiIdSchema>;

export const categoryIdSchema = z.enum(CATEGORY_IDS);
export type CategoryId = z.infer<typeof categoryIdSchema>;

/** "6.12", "5.10", "7.3": a kernel series id. */
export const kernelIdSchema = z.string().regex(/^\d+\.\d+$/, "kernel id must look like 6.12");
export type KernelId = z.infer<typeof kernelIdSchema>;

const symbolSchema = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "not a C symbol");

export const paramSchema = z.strictObject({
  /** Parameter name as written in the kernel (Berberis DWARF has none: "arg0", ...). */
  name: z.string().min(1),
  /** C type as written in the kernel source, e.g. "const char __user *". */
  type: z.string().min(1),
  /** Size in bytes on this ABI (ILP32 vs LP64), or null when it could not be resolved. */
  size: z.number().int().positive().nullable(),
  /** Key into the file's `types` graph, when the file has one (Berberis import). */
  typeRef: z.string().optional(),
});
export type Param = z.infer<typeof paramSchema>;

export const sourceLocationSchema = z.strictObject({
  /** Path relative to the kernel tree root, e.g. "fs/open.c". */
  file: z.string().min(1),
  /** 1-based line of the definition (SYSCALL_DEFINE... or the function). */
  line: z.number().int().positive(),
});
export type SourceLocation = z.infer<typeof sourceLocationSchema>;

export const syscallSchema = z.strictObject({
  /** The number user space puts in the register (x32 bit, MIPS base, ARM base included). */
  nr: z.number().int().nonnegative(),
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "not a syscall name"),
  /** The ABI column of the table line ("common", "64", "x32", "i386", ...); null if none. */
  tableAbi: z.string().nullable(),
  /** Native entry point symbol; null for an empty slot (a table line with no entry). */
  entry: symbolSchema.nullable(),
  /** Compat entry point (a 32-bit ABI served by a 64-bit kernel), when it differs. */
  compatEntry: symbolSchema.nullable(),
  /** False for sys_ni_syscall and empty slots. */
  implemented: z.boolean(),
  /** Parameters in order; null when no prototype was found (see manifest `unresolved`). */
  params: z.array(paramSchema).nullable(),
  returnType: z.string().nullable(),
  /** Where the prototype used for `params` is defined. */
  source: sourceLocationSchema.nullable(),
  /** strace classes; exactly ["uncategorized"] when in none. */
  categories: z.array(categoryIdSchema).min(1),
  /** First kernel version that has this syscall on this ABI ("2.6.16"), null if unknown. */
  since: z.string().nullable(),
  /** Whether a `man 2` page exists for this name. */
  man: z.boolean(),
  /** Short facts worth showing (e.g. "CONFIG_CLONE_BACKWARDS: tls and child_tid swapped"). */
  notes: z.array(z.string()).optional(),
});
export type Syscall = z.infer<typeof syscallSchema>;

const typeFieldSchema = z.strictObject({
  name: z.string(),
  /** Offset in bits. */
  offset: z.number().int().nonnegative(),
  type: z.string(),
});

/** A node of a DWARF-derived type graph (Berberis format). Sizes and offsets in bits. */
export const typeNodeSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("int"), signed: z.boolean(), size: z.number(), align: z.number().optional() }),
  z.strictObject({ kind: z.literal("char"), signed: z.boolean(), size: z.number(), align: z.number().optional() }),
  z.strictObject({ kind: z.literal("float"), size: z.number(), align: z.number().optional() }),
  z.strictObject({ kind: z.literal("pointer"), pointee: z.string(), size: z.number(), align: z.number().optional() }),
  z.strictObject({ kind: z.literal("const"), base: z.string(), size: z.number().optional() }),
  z.strictObject({ kind: z.literal("volatile"), base: z.string(), size: z.number().optional() }),
  z.strictObject({ kind: z.literal("array"), element: z.string(), size: z.number(), align: z.number().optional(), incomplete: z.boolean().optional() }),
  z.strictObject({ kind: z.literal("struct"), size: z.number(), align: z.number().optional(), fields: z.array(typeFieldSchema) }),
  z.strictObject({ kind: z.literal("union"), size: z.number(), align: z.number().optional(), fields: z.array(typeFieldSchema) }),
  z.strictObject({ kind: z.literal("enum"), size: z.number(), align: z.number().optional() }),
  z.strictObject({ kind: z.literal("function"), params: z.array(z.string()), returnType: z.string(), variadic: z.boolean() }),
  z.strictObject({ kind: z.literal("incomplete") }),
]);
export type TypeNode = z.infer<typeof typeNodeSchema>;

export const dataSourceSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("linux"),
    /** Full kernel release, e.g. "6.12.117". */
    release: z.string(),
    /** Table(s) the numbers come from, relative to the tree root. */
    tables: z.array(z.string()).min(1),
  }),
  z.strictObject({
    kind: z.literal("berberis"),
    /** Berberis arch name ("x86" for i386). */
    arch: z.string(),
    files: z.array(z.string()).min(1),
  }),
]);

export const abiFileSchema = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    kernel: kernelIdSchema,
    abi: abiIdSchema,
    /** Kernel source arch directory (SRCARCH): "x86", "mips", ... */
    arch: z.string(),
    /** Pointer/long size in bits: 32 (ILP32) or 64 (LP64). */
    wordBits: z.union([z.literal(32), z.literal(64)]),
    source: dataSourceSchema,
    syscalls: z.array(syscallSchema),
    types: z.record(z.string(), typeNodeSchema).optional(),
  })
  .superRefine((file, ctx) => {
    const names = new Map<string, number>();
    const nrs = new Map<number, number>();
    file.syscalls.forEach((s, i) => {
      const n = names.get(s.name);
      if (n !== undefined)
        ctx.addIssue({ code: "custom", path: ["syscalls", i, "name"], message: `duplicate name "${s.name}" (also at syscalls[${n}])` });
      else names.set(s.name, i);
      const m = nrs.get(s.nr);
      if (m !== undefined)
        ctx.addIssue({ code: "custom", path: ["syscalls", i, "nr"], message: `duplicate nr ${s.nr} (also at syscalls[${m}])` });
      else nrs.set(s.nr, i);
    });
  });
export type AbiFile = z.infer<typeof abiFileSchema>;

export const unresolvedSchema = z.strictObject({
  abi: abiIdSchema,
  name: z.string(),
  /** What was missing: "params", "entry", "size:<param>", ... */
  what: z.string(),
  reason: z.string(),
});
export type Unresolved = z.infer<typeof unresolvedSchema>;

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

/** Where the tree came from. */
export const manifestInputSchema = z
  .strictObject({
    /**
     * "linux-source-6.12" (Debian binary package: its tarball is Debian's patched tree),
     * "linux" (Debian source package: the tree is its orig tarball, see `origTarball`),
     * or "directory".
     */
    package: z.string(),
    /** Debian package version, e.g. "6.12.117-1"; null for a plain directory. */
    version: z.string().nullable(),
    /** sha256 of the input: the .deb, the orig tarball, or the tree's syscall inputs for a directory. */
    sha256: sha256Schema,
    /**
     * The source package's upstream tarball the tree was unpacked from (Debian's copy of the
     * upstream release, a few non-free files removed, no line changed): `source.line` is the
     * upstream line, nothing to undo.
     */
    origTarball: z.strictObject({ file: z.string().regex(/\.orig\.tar\.(xz|gz|bz2)$/), sha256: sha256Schema }).optional(),
    /**
     * The Debian source package's .debian.tar.* whose patch series was undone so that
     * `source.line` is the upstream line; absent when nothing was undone (a directory, an
     * orig tarball).
     */
    debianPatches: z.strictObject({ file: z.string(), sha256: sha256Schema }).optional(),
    /**
     * Set when Debian's patches could NOT be undone: `source.line` is then the line in
     * Debian's patched tree of this package version (links go to sources.debian.org at that
     * version, not to the upstream tag), with the reason.
     */
    debianLines: z.strictObject({ version: z.string(), reason: z.string() }).optional(),
  })
  .superRefine((input, ctx) => {
    if (!input.origTarball) return;
    // An upstream tree has no Debian patches to undo and no Debian lines.
    for (const key of ["debianPatches", "debianLines"] as const)
      if (input[key]) ctx.addIssue({ code: "custom", path: [key], message: "not allowed with origTarball (the tree is upstream's)" });
    if (input.sha256 !== input.origTarball.sha256)
      ctx.addIssue({ code: "custom", path: ["sha256"], message: "differs from origTarball.sha256 (the input is the orig tarball)" });
  });

export const manifestSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kernel: kernelIdSchema,
  /** Full release from the tree's Makefile, e.g. "6.12.117" or "7.3.0-rc7". */
  release: z.string(),
  /** A release candidate or otherwise not a stable kernel. */
  preview: z.boolean(),
  input: manifestInputSchema,
  extractor: z.strictObject({ version: z.string(), command: z.string() }),
  abis: z.array(
    z.strictObject({
      abi: abiIdSchema,
      file: z.string(),
      syscalls: z.number().int().nonnegative(),
      implemented: z.number().int().nonnegative(),
      withParams: z.number().int().nonnegative(),
    }),
  ),
  unresolved: z.array(unresolvedSchema),
  /** ABIs this kernel does not build (no file written), with the reason read from the tree. */
  absent: z.array(z.strictObject({ abi: abiIdSchema, reason: z.string() })).optional(),
  /** Facts about the extraction worth knowing (e.g. an ABI the tree has but ABI_IDS lacks). */
  notes: z.array(z.string()).optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** Turn a zod error into "file: path.to.field: message" lines. */
export function formatSchemaError(file: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => `${file}: ${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`)
    .join("\n");
}
