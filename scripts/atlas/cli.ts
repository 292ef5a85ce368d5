/**
 * `npm run atlas -- <command>`: ABI and kernel diffs from the data directory, as JSON,
 * Markdown or a C mapping. Exit codes: 0 done, 1 bad data, 2 bad arguments.
 */
import { rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { HelpRequested, parseArgs, USAGE, UsageError } from "./args";
import { DataError } from "./load-data";
import { runCommand } from "./run";

async function writeAtomically(file: string, text: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  await writeFile(tmp, text);
  await rename(tmp, file);
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const cmd = parseArgs(argv);
    const text = await runCommand(cmd);
    if (cmd.out) await writeAtomically(cmd.out, text);
    else process.stdout.write(text);
    return 0;
  } catch (e) {
    if (e instanceof HelpRequested) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`atlas: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof DataError) {
      process.stderr.write(`atlas: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
