/**
 * For the real-tree tests: the committed data/linux/<kernel>/ files, when they were made
 * from the same release as the tree under test, and the check that their numbers, names and
 * entries equal a fresh reading of the tables.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { abiFileSchema, type AbiFile, type AbiId } from "@/lib/schema/kernel-api";
import type { NumberRow } from "../abi-numbers";
import { REPO_ROOT } from "./kernel-tree";

/** The committed ABI file reader for `kernel`, or null when data/ was made from another release. */
export function committedData(kernel: string, release: string): ((abi: AbiId) => AbiFile) | null {
  const dir = join(REPO_ROOT, "data/linux", kernel);
  if (!existsSync(join(dir, "manifest.json"))) return null;
  const manifest: unknown = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  const committed = typeof manifest === "object" && manifest !== null && "release" in manifest ? manifest.release : null;
  if (committed !== release) return null;
  return (abi) => {
    const path = join(dir, `${abi}.json`);
    expect(existsSync(path), path).toBe(true);
    return abiFileSchema.parse(JSON.parse(readFileSync(path, "utf8")));
  };
}

/**
 * Numbers, names and entries equal the table's; `implemented` may only be stricter than the
 * table (an entry never built for the ABI falls back to ENOSYS), and then a note says why.
 */
export function expectAgreesWithTable(abi: AbiId, file: AbiFile, fresh: readonly NumberRow[]): void {
  expect(file.syscalls.map((s) => [s.nr, s.name, s.entry, s.compatEntry]), abi).toEqual(fresh.map((r) => [r.nr, r.name, r.entry, r.compatEntry]));
  const table = new Map(fresh.map((r) => [r.nr, r.implemented]));
  for (const s of file.syscalls) {
    if (s.implemented) expect(table.get(s.nr), `${abi} ${s.name}`).toBe(true);
    else if (table.get(s.nr)) expect(s.notes?.length ?? 0, `${abi} ${s.name} says why`).toBeGreaterThan(0);
  }
}
