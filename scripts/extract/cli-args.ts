/** Command-line arguments of `npm run data:extract` (see cli.ts). */
import { KERNEL_PACKAGES, packageSpec } from "./kernels";
import type { ExtractJob } from "./run";

export const USAGE =
  "usage: npm run data:extract -- <dir | linux-source-X.Y[=version] | linux=version | all> [--kernel X.Y] [--out data] [--cache .cache] [--no-prototypes] [--no-classify] [--refresh]";

export interface CliArgs {
  jobs: ExtractJob[];
  outDir: string;
  cacheDir: string;
  prototypes: boolean;
  classify: boolean;
  refresh: boolean;
}

export function parseArgs(argv: string[]): CliArgs {
  let input: string | null = null;
  let kernel: string | undefined;
  let outDir = "data";
  let cacheDir = ".cache";
  const flags = { prototypes: true, classify: true, refresh: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === "--kernel") kernel = value();
    else if (a === "--out") outDir = value();
    else if (a === "--cache") cacheDir = value();
    else if (a === "--no-prototypes") flags.prototypes = false;
    else if (a === "--no-classify") flags.classify = false;
    else if (a === "--refresh") flags.refresh = true;
    else if (a.startsWith("--")) throw new Error(`unknown option ${a}\n${USAGE}`);
    else if (input === null) input = a;
    else throw new Error(`unexpected argument ${a}\n${USAGE}`);
  }
  if (input === null) throw new Error(USAGE);
  if (kernel !== undefined && !/^\d+\.\d+$/.test(kernel)) throw new Error(`--kernel ${kernel}: expected a series like 6.12`);
  if (input === "all" && kernel) throw new Error("--kernel cannot be combined with all");
  const jobs = input === "all" ? KERNEL_PACKAGES.map((k) => ({ input: packageSpec(k) })) : [{ input, ...(kernel ? { kernel } : {}) }];
  return { jobs, outDir, cacheDir, ...flags };
}
