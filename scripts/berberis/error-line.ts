/**
 * One line for the CLI to print for an error it expects: bad input (InputError) or a system
 * error from the file system (e.g. --out is a regular file), which then names the path.
 * Anything else is a bug and keeps its stack trace (null here).
 */
import { InputError } from "./json-path";

interface SystemError extends Error {
  code: string;
  syscall?: string;
  path?: string;
  dest?: string;
}

function isSystemError(error: unknown): error is SystemError {
  return error instanceof Error && typeof (error as Partial<SystemError>).code === "string" && /^E[A-Z]+$/.test((error as SystemError).code);
}

export function errorLine(error: unknown): string | null {
  if (error instanceof InputError) return `error: ${error.message}`;
  if (!isSystemError(error)) return null;
  // "ENOTDIR: not a directory, mkdir '/x/linux'" -> "not a directory"
  const what = /^E[A-Z]+: ([^,]+)/.exec(error.message)?.[1] ?? error.message;
  const path = error.path ?? "(unknown path)";
  const action = error.syscall ? `${error.syscall} ` : "";
  return `error: ${path}: ${action}failed: ${what} (${error.code})${error.dest ? ` -> ${error.dest}` : ""}`;
}
