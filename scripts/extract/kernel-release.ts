/**
 * The kernel release of a tree, from its top-level Makefile (VERSION, PATCHLEVEL,
 * SUBLEVEL, EXTRAVERSION): "6.12.117", "7.3.0-rc7".
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface KernelRelease {
  /** "6.12.117" or "7.3.0-rc7". */
  release: string;
  /** Series id, "6.12". */
  series: string;
  /** A release candidate. */
  preview: boolean;
}

export function parseKernelMakefile(text: string, file = "Makefile"): KernelRelease {
  const field = (name: string): string => {
    const m = new RegExp(`^${name}\\s*=[ \\t]*(.*)$`, "m").exec(text);
    if (!m) throw new Error(`${file}: no ${name} line`);
    return (m[1] ?? "").trim();
  };
  const [version, patch, sub, extra] = [field("VERSION"), field("PATCHLEVEL"), field("SUBLEVEL"), field("EXTRAVERSION")];
  for (const [name, v] of [["VERSION", version], ["PATCHLEVEL", patch], ["SUBLEVEL", sub]] as const)
    if (!/^\d+$/.test(v)) throw new Error(`${file}: ${name} "${v}" is not a number`);
  return { release: `${version}.${patch}.${sub}${extra}`, series: `${version}.${patch}`, preview: /-rc\d*/.test(extra) };
}

export function readKernelRelease(root: string): KernelRelease {
  return parseKernelMakefile(readFileSync(join(root, "Makefile"), "utf8"), join(root, "Makefile"));
}
