/**
 * Extract one kernel tree into per-ABI files and a manifest, in memory (no writing here).
 *
 * Source of truth: the tree's syscall tables and kbuild rules (abi-rules.ts explains each
 * ABI's selection). Steps: per ABI, numbers and entry points (abi-numbers.ts), then the
 * prototype and classification stages (enrich.ts), then schema validation. `since` is
 * filled later, across kernels (since-pass.ts).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { abiFileSchema, formatSchemaError, manifestSchema, SCHEMA_VERSION, type AbiFile, type Manifest, type Syscall, type Unresolved } from "@/lib/schema/kernel-api";
import { abiNumbers } from "./abi-numbers";
import { ABI_RULES } from "./abi-rules";
import { enrichRow, type Enricher } from "./enrich";
import { readKernelRelease, type KernelRelease } from "./kernel-release";
import { assertNoDuplicateRows } from "./row-duplicates";
import { uncoveredHeaders } from "./uncovered-headers";

export const EXTRACTOR_VERSION = "1.2.0";

export interface KernelInput {
  root: string;
  /** Series id the caller expects; must equal the Makefile's VERSION.PATCHLEVEL (written under that). */
  kernel?: string;
  /** "linux-source-6.12" (binary package), "linux" (source package) or "directory". */
  package: string;
  version: string | null;
  /** sha256 of the .deb or orig tarball; null for a directory (the syscall inputs are hashed instead). */
  sha256: string | null;
  /** A source package's upstream tarball the tree was unpacked from (input.ts). */
  origTarball?: { file: string; sha256: string };
  command: string;
  /** The Debian patch series undone for source lines (source-lines/debian-upstream.ts). */
  debianPatches?: { file: string; sha256: string };
  /** Debian's patches could not be undone: lines are Debian's tree's (see the schema). */
  debianLines?: { version: string; reason: string };
}

export interface GeneratedKernel {
  kernel: string;
  files: AbiFile[];
  manifest: Manifest;
}

/** sha256 over the listed tree files (path and content), for directory inputs. */
export function hashInputs(root: string, files: string[]): string {
  const h = createHash("sha256");
  for (const f of [...new Set(files)].sort()) h.update(`${f}\0`).update(readFileSync(join(root, f))).update("\0");
  return h.digest("hex");
}

function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, name: string): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`output failed the schema:\n${formatSchemaError(name, r.error)}`);
  return r.data;
}

/** The tree's release; refuses an expected series (`--kernel`) the tree's Makefile does not have. */
export function checkKernelSeries(root: string, expected: string | undefined): KernelRelease {
  const rel = readKernelRelease(root);
  if (expected !== undefined && expected !== rel.series) {
    const [version, patchlevel] = rel.series.split(".");
    throw new Error(`--kernel ${expected} does not match the tree: ${join(root, "Makefile")} has VERSION = ${version}, PATCHLEVEL = ${patchlevel} (release ${rel.release})`);
  }
  return rel;
}

export function generateKernel(input: KernelInput, enricher: Enricher): GeneratedKernel {
  const rel = checkKernelSeries(input.root, input.kernel);
  const kernel = rel.series;
  const files: AbiFile[] = [];
  const unresolved: Unresolved[] = [];
  const absent: { abi: AbiFile["abi"]; reason: string }[] = [];
  const inputs = ["Makefile"];
  for (const rule of ABI_RULES) {
    const nums = abiNumbers(input.root, rule);
    if (!nums.present) {
      absent.push({ abi: rule.abi, reason: nums.reason });
      continue;
    }
    inputs.push(...nums.inputs);
    assertNoDuplicateRows(rule.abi, nums.rows);
    const syscalls: Syscall[] = nums.rows.map((row) => {
      const e = enrichRow(row, rule, enricher);
      unresolved.push(...e.unresolved);
      const notes = [...(row.notes ?? []), ...e.notes];
      return {
        nr: row.nr,
        name: row.name,
        tableAbi: row.tableAbi,
        entry: row.entry,
        compatEntry: row.compatEntry,
        implemented: e.implemented,
        params: e.params,
        returnType: e.returnType,
        source: e.source,
        categories: e.categories,
        since: null,
        man: e.man,
        ...(notes.length ? { notes } : {}),
      };
    });
    const file = {
      schemaVersion: SCHEMA_VERSION,
      kernel,
      abi: rule.abi,
      arch: rule.arch,
      wordBits: rule.wordBits,
      source: { kind: "linux" as const, release: rel.release, tables: nums.tables },
      syscalls,
    };
    files.push(parseOrThrow(abiFileSchema, file, `linux/${kernel}/${rule.abi}.json`));
  }
  const notes = uncoveredHeaders(input.root);
  const manifest = parseOrThrow(
    manifestSchema,
    {
      schemaVersion: SCHEMA_VERSION,
      kernel,
      release: rel.release,
      preview: rel.preview,
      input: {
        package: input.package,
        version: input.version,
        sha256: input.sha256 ?? hashInputs(input.root, inputs),
        ...(input.origTarball ? { origTarball: input.origTarball } : {}),
        ...(input.debianPatches ? { debianPatches: input.debianPatches } : {}),
        ...(input.debianLines ? { debianLines: input.debianLines } : {}),
      },
      extractor: { version: EXTRACTOR_VERSION, command: input.command },
      abis: files.map((f) => ({
        abi: f.abi,
        file: `${f.abi}.json`,
        syscalls: f.syscalls.length,
        implemented: f.syscalls.filter((s) => s.implemented).length,
        withParams: f.syscalls.filter((s) => s.params !== null).length,
      })),
      unresolved,
      ...(absent.length ? { absent } : {}),
      ...(notes.length ? { notes } : {}),
    },
    `linux/${kernel}/manifest.json`,
  );
  return { kernel, files, manifest };
}
