/** Read a Berberis directory, generate, write `<out>/linux/<kernel>/`. */
import { generate, type GenerateResult } from "./generate";
import { readInputs } from "./read-inputs";
import { writeOutput } from "./write-output";

export interface ImportOptions {
  dir: string;
  out: string;
  kernel: string;
  command: string;
}

export function runImport(options: ImportOptions): GenerateResult & { target: string } {
  const result = generate(readInputs(options.dir), { kernel: options.kernel, command: options.command });
  const target = writeOutput(options.out, options.kernel, [
    ...result.files.map((f) => ({ name: f.name, data: f.data })),
    { name: "manifest.json", data: result.manifest },
  ]);
  return { ...result, target };
}
