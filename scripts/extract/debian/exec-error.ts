/** The most useful text of a failed child process: its stderr if any, else the message. */
export function execErrorText(err: unknown): string {
  if (typeof err === "object" && err !== null && "stderr" in err) {
    const stderr = String(err.stderr ?? "").trim();
    if (stderr) return stderr;
  }
  return err instanceof Error ? err.message : String(err);
}
