/** Command-line arguments of `npm run atlas`, parsed into a checked command (pure). */
import { abiIdSchema, kernelIdSchema, type AbiId, type KernelId } from "@/lib/schema/kernel-api";

export const USAGE = `usage:
  npm run atlas -- diff <abiA> <abiB> [--kernel X.Y] [--data <dir>] --format json|md|c [--out <file>]
  npm run atlas -- kernel-diff <abi> <X.Y>..<X.Y> [--data <dir>] --format json|md [--out <file>]

  diff         compare two ABIs at one kernel (default: newest non-preview kernel in the data);
               with --format c, <abiA> is the guest and <abiB> the host of a number mapping
  kernel-diff  compare one ABI between two kernels
  --data       data directory holding linux/<kernel>/<abi>.json (default: data)
  --out        write to this file (atomically) instead of standard output`;

export class UsageError extends Error {}
/** `--help`: print the usage and succeed. */
export class HelpRequested extends Error {}

export type Command =
  | { kind: "diff"; abiA: AbiId; abiB: AbiId; kernel: KernelId | null; data: string; format: "json" | "md" | "c"; out: string | null }
  | { kind: "kernel-diff"; abi: AbiId; from: KernelId; to: KernelId; data: string; format: "json" | "md"; out: string | null };

const OPTIONS = new Set(["--kernel", "--data", "--format", "--out"]);

function abi(value: string | undefined, what: string): AbiId {
  const r = abiIdSchema.safeParse(value);
  if (!r.success) throw new UsageError(`${what}: "${value ?? ""}" is not an ABI id (one of ${abiIdSchema.options.join(", ")})`);
  return r.data;
}

function kernel(value: string, what: string): KernelId {
  if (!kernelIdSchema.safeParse(value).success) throw new UsageError(`${what}: "${value}" is not a kernel id like 6.12`);
  return value;
}

export function parseArgs(argv: readonly string[]): Command {
  const positional: string[] = [];
  const opts = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const eq = arg.indexOf("=");
    const [key, inline] = arg.startsWith("--") && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    if (key.startsWith("-")) {
      if (key === "--help" || key === "-h") throw new HelpRequested();
      if (!OPTIONS.has(key)) throw new UsageError(`unknown option ${key}`);
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") throw new UsageError(`${key} needs a value`);
      if (opts.has(key)) throw new UsageError(`${key} given twice`);
      opts.set(key, value);
    } else positional.push(arg);
  }
  const [command, ...rest] = positional;
  const data = opts.get("--data") ?? "data";
  const out = opts.get("--out") ?? null;
  const format = opts.get("--format");
  if (command === "diff") {
    if (rest.length !== 2) throw new UsageError("diff takes two ABIs");
    if (format !== "json" && format !== "md" && format !== "c") throw new UsageError("diff needs --format json, md or c");
    const k = opts.get("--kernel");
    return { kind: "diff", abiA: abi(rest[0], "abiA"), abiB: abi(rest[1], "abiB"), kernel: k === undefined ? null : kernel(k, "--kernel"), data, format, out };
  }
  if (command === "kernel-diff") {
    if (rest.length !== 2) throw new UsageError("kernel-diff takes an ABI and a kernel range like 6.1..6.12");
    if (opts.has("--kernel")) throw new UsageError("kernel-diff takes its kernels as <X.Y>..<X.Y>, not --kernel");
    if (format !== "json" && format !== "md") throw new UsageError("kernel-diff needs --format json or md");
    const range = (rest[1] ?? "").split("..");
    if (range.length !== 2) throw new UsageError(`"${rest[1] ?? ""}" is not a kernel range like 6.1..6.12`);
    return { kind: "kernel-diff", abi: abi(rest[0], "abi"), from: kernel(range[0] ?? "", "from"), to: kernel(range[1] ?? "", "to"), data, format, out };
  }
  throw new UsageError(command ? `unknown command "${command}"` : "no command given");
}
