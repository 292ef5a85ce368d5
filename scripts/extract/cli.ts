/**
 * `npm run data:extract -- <input> [--kernel X.Y] [--out data] [--cache .cache]
 *   [--no-prototypes] [--no-classify] [--refresh]`
 * `<input>`: a kernel source directory, a Debian package (`linux-source-6.12`), the orig
 * tarball of a source package at an exact version (`linux=7.2.8-1`), or `all` (every kernel
 * in kernels.ts). Writes `<out>/linux/<X.Y>/*.json`; on any error nothing
 * under `<out>` changes and the exit status is 1.
 */
import { parseArgs } from "./cli-args";
import { runExtract } from "./run";

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  await runExtract({ ...args, log: (l) => process.stderr.write(`${l}\n`) });
}

main().catch((err: unknown) => {
  process.stderr.write(`data:extract: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
