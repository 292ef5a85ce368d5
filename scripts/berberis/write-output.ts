/**
 * Writes `<out>/linux/<kernel>/` all at once: every file goes to a temp directory beside
 * it, which is then renamed into place (an existing directory is moved aside first and
 * removed last). On any error nothing under `<out>` changes. Refuses to replace a kernel
 * directory whose manifest is not a Berberis import (e.g. the extractor's data/).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { InputError } from "./json-path";

const manifestPackage = z.object({ input: z.object({ package: z.string() }) });

export interface OutputFile {
  name: string;
  data: unknown;
}

function foreignManifest(dir: string): string | null {
  const path = join(dir, "manifest.json");
  if (!existsSync(path)) return existsSync(dir) ? `${dir} exists and has no manifest.json` : null;
  try {
    const parsed = manifestPackage.safeParse(JSON.parse(readFileSync(path, "utf8")));
    const pkg = parsed.success ? parsed.data.input.package : undefined;
    return pkg === "berberis" ? null : `${path} is not a Berberis import (input.package ${JSON.stringify(pkg)})`;
  } catch {
    return `${path} is not readable JSON`;
  }
}

export function writeOutput(out: string, kernel: string, files: readonly OutputFile[]): string {
  const parent = join(out, "linux");
  const target = join(parent, kernel);
  const foreign = foreignManifest(target);
  if (foreign) throw new InputError(`refusing to overwrite: ${foreign}`);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const temp = join(parent, `.${kernel}.tmp-${stamp}`);
  const old = join(parent, `.${kernel}.old-${stamp}`);
  try {
    mkdirSync(temp);
    for (const file of files) writeFileSync(join(temp, file.name), `${JSON.stringify(file.data, null, 2)}\n`);
    if (existsSync(target)) renameSync(target, old);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(target)) renameSync(old, target);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
  return target;
}
