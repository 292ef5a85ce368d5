/** `<dir> --out <dir> [--kernel 6.1]` -> options, or a usage error. */
import { kernelIdSchema } from "@/lib/schema/kernel-api";

export const USAGE = "usage: npm run data:import-berberis -- <berberis-dir> --out <out-dir> [--kernel 6.1]";

export interface CliOptions {
  dir: string;
  out: string;
  kernel: string;
}

export function parseArgs(argv: readonly string[]): CliOptions | { error: string } {
  let dir: string | undefined;
  let out: string | undefined;
  let kernel = "6.1";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (flag === "--out" || flag === "--kernel") {
      const value = inline ?? argv[++i];
      if (!value) return { error: `${flag} needs a value` };
      if (flag === "--out") out = value;
      else kernel = value;
    } else if (arg.startsWith("-")) return { error: `unknown option ${arg}` };
    else if (dir === undefined) dir = arg;
    else return { error: `unexpected argument ${arg}` };
  }
  if (!dir) return { error: "missing <berberis-dir>" };
  if (!out) return { error: "missing --out <dir>" };
  if (!kernelIdSchema.safeParse(kernel).success) return { error: `--kernel ${kernel}: must look like 6.1` };
  return { dir, out, kernel };
}
