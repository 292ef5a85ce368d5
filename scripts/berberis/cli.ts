/**
 * Berberis importer CLI: `npm run data:import-berberis -- <dir> --out <dir> [--kernel 6.1]`.
 * Writes <out>/linux/<kernel>/<abi>.json for each Berberis arch and a manifest.json, in the
 * layout of `data/`, so `--data <out>` works with the diff CLI. Exit 1 on bad input, 2 on usage.
 */
import { errorLine } from "./error-line";
import { parseArgs, USAGE } from "./parse-args";
import { runImport } from "./run-import";

const args = process.argv.slice(2);
const options = parseArgs(args);
if ("error" in options) {
  console.error(`${options.error}\n${USAGE}`);
  process.exit(2);
}
try {
  const result = runImport({ ...options, command: ["npm run data:import-berberis --", ...args].join(" ") });
  for (const abi of result.manifest.abis)
    console.log(`${abi.file}: ${abi.syscalls} syscalls, ${abi.implemented} implemented, ${abi.withParams} with params`);
  console.log(`${result.manifest.unresolved.length} unresolved; wrote ${result.target}`);
} catch (error) {
  console.error(errorLine(error) ?? error);
  process.exit(1);
}
