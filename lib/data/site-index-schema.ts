/**
 * Schema of `generated/site.json`, the list of kernels and ABIs the build script found
 * in `data/`. Written by scripts/build-data, read (and re-validated) by lib/data.
 */
import { z } from "zod";
import { abiIdSchema, kernelIdSchema, SCHEMA_VERSION } from "@/lib/schema/kernel-api";

export const siteAbiSchema = z.strictObject({
  abi: abiIdSchema,
  syscalls: z.number().int().nonnegative(),
  implemented: z.number().int().nonnegative(),
  withParams: z.number().int().nonnegative(),
});
export type SiteAbi = z.infer<typeof siteAbiSchema>;

export const siteKernelSchema = z.strictObject({
  id: kernelIdSchema,
  release: z.string(),
  preview: z.boolean(),
  /**
   * The Debian package version whose patched tree the source lines refer to, when Debian's
   * patches could not be undone (manifest `input.debianLines`); null: upstream lines.
   */
  debianSource: z.string().nullable(),
  /** In ABI_IDS display order. */
  abis: z.array(siteAbiSchema),
});
export type SiteKernel = z.infer<typeof siteKernelSchema>;

export const siteIndexSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Oldest first. */
  kernels: z.array(siteKernelSchema).min(1),
  /** Newest non-preview kernel: the target of /latest/ URLs. */
  latest: kernelIdSchema,
});
export type SiteIndex = z.infer<typeof siteIndexSchema>;
