/**
 * Error messages that name the input file and the JSON path of the bad value, e.g.
 * `kernel_api_arm.json: types["struct stat"].fields[2].type: references missing type "x"`.
 */
import type { z } from "zod";

/** Thrown for bad input; the CLI prints the message and exits non-zero. */
export class InputError extends Error {
  override name = "InputError";
}

export function jsonPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((key, i) => {
      if (typeof key === "number") return `[${key}]`;
      const text = String(key);
      if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(text)) return i === 0 ? text : `.${text}`;
      return `[${JSON.stringify(text)}]`;
    })
    .join("");
}

export function issueLines(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${file}: ${jsonPath(issue.path)}: ${issue.message}`);
}

/** Parse JSON text; a syntax error names the file (and the position when V8 gives one). */
export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    let where = "";
    if (at?.[1]) {
      const before = text.slice(0, Number(at[1]));
      const line = before.split("\n").length;
      const column = before.length - before.lastIndexOf("\n");
      where = ` at line ${line}, column ${column}`;
    }
    throw new InputError(`${file}: malformed JSON${where}: ${message}`);
  }
}
