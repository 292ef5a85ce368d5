/**
 * Zod schemas for the Berberis input files, exactly as AOSP's kernel_api/tools writes
 * them (strict: an unknown key is an error, so nothing is dropped silently).
 *
 * - kernel_syscalls.json: `__NR_<name>` -> arch -> {id, entry, params?}
 * - custom_syscalls.json: `__NR_<name>` -> {common fields, arch -> fields}
 * - kernel_api_<arch>.json: {symbols: name -> {type}, types: name -> node}, from nogrod's
 *   DWARF reader. Sizes and offsets are in bits.
 */
import { z } from "zod";
import { BERBERIS_ARCHES } from "./arches";

const required = (what: string) => ({
  error: (issue: { input: unknown }) => (issue.input === undefined ? `missing ${what}` : `${what} must be a string`),
});

/** "64" or "0x0f0002". */
export const rawIdSchema = z
  .string(required("id"))
  .regex(/^(?:\d+|0x[0-9a-fA-F]+)$/, "id must be a decimal or 0x-hex number");
const symbol = z.string(required("entry")).regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "entry is not a C symbol");
const typeNames = z.array(z.string().min(1));
const syscallName = z.string().regex(/^__(?:ARM_)?NR_[A-Za-z0-9_]+$/, "key must look like __NR_<name> or __ARM_NR_<name>");
const archKey = z.enum(BERBERIS_ARCHES);

export const rawSyscallSchema = z.strictObject({
  id: rawIdSchema,
  entry: symbol,
  /** Present only for entries without parameters ([]), in the files we know. */
  params: typeNames.optional(),
});
export const kernelSyscallsSchema = z.record(syscallName, z.partialRecord(archKey, rawSyscallSchema));
export type KernelSyscalls = z.infer<typeof kernelSyscallsSchema>;
export type RawSyscall = z.infer<typeof rawSyscallSchema>;

const customFields = {
  custom_reason: z.string().optional(),
  comment: z.union([z.string(), z.array(z.string())]).optional(),
  params: typeNames.optional(),
};
export const customArchSchema = z.strictObject({
  ...customFields,
  id: rawIdSchema.optional(),
  entry: symbol.optional(),
  /** i386 socketcall(2) sub-call number. */
  socketcall: z.string().regex(/^\d+$/, "socketcall must be a decimal number").optional(),
});
export type CustomArch = z.infer<typeof customArchSchema>;
export const customSyscallsSchema = z.record(
  syscallName,
  z.strictObject({
    ...customFields,
    arm: customArchSchema.optional(),
    arm64: customArchSchema.optional(),
    riscv64: customArchSchema.optional(),
    x86: customArchSchema.optional(),
    x86_64: customArchSchema.optional(),
  }),
);
export type CustomSyscalls = z.infer<typeof customSyscallsSchema>;

const bits = z.number().int().nonnegative();
const field = z.strictObject({ name: z.string(), offset: bits, type: z.string().min(1) });
const record = (kind: "struct" | "union" | "class") =>
  z.strictObject({
    kind: z.literal(kind),
    size: bits,
    fields: z.array(field),
    inheritance: z.array(z.string()).max(0, "inheritance is not supported (C has none)"),
  });
const modifier = (kind: "const" | "volatile" | "restrict" | "atomic") =>
  z.strictObject({ kind: z.literal(kind), base_type: z.string().min(1), size: bits });

/** Every kind nogrod can write; the converter rejects those our schema cannot hold. */
export const rawTypeSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("int"), signed: z.boolean(), size: bits }),
  z.strictObject({ kind: z.literal("char"), signed: z.boolean(), size: bits }),
  z.strictObject({ kind: z.literal("float"), signed: z.boolean().optional(), size: bits }),
  z.strictObject({ kind: z.literal("pointer"), pointee_type: z.string().min(1), size: bits }),
  z.strictObject({ kind: z.literal("reference"), pointee_type: z.string().min(1), size: bits }),
  z.strictObject({ kind: z.literal("rvalue_reference"), pointee_type: z.string().min(1), size: bits }),
  modifier("const"),
  modifier("volatile"),
  modifier("restrict"),
  modifier("atomic"),
  z.strictObject({ kind: z.literal("array"), element_type: z.string().min(1), size: bits }),
  record("struct"),
  record("union"),
  record("class"),
  z.strictObject({
    kind: z.literal("function"),
    params: typeNames,
    return_type: z.string().min(1),
    has_variadic_args: z.boolean(),
    is_virtual_method: z.literal(false, "virtual methods are not supported"),
    size: bits,
    calling_convention: z.string().optional(),
  }),
  z.strictObject({ kind: z.literal("incomplete") }),
  z.strictObject({ kind: z.literal("nullptr_t"), signed: z.boolean(), size: bits }),
]);
export type RawType = z.infer<typeof rawTypeSchema>;

export const kernelApiSchema = z.strictObject({
  symbols: z.record(z.string().min(1), z.strictObject({ type: z.string().min(1) })),
  types: z.record(z.string().min(1), rawTypeSchema),
});
export type KernelApi = z.infer<typeof kernelApiSchema>;
