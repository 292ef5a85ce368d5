/**
 * socketcall(2) says when x86-32 gained direct socket system calls ("starting in Linux 4.3,
 * direct system calls are provided on x86-32 for the sockets API"; STANDARDS or NOTES,
 * depending on the man-pages release). Pure: page text in, version out.
 */
import { lineText } from "./roff";

export function x86DirectSocketVersion(page: string): string | null {
  const text = page
    .split("\n")
    .map(lineText)
    .filter((l) => l !== "")
    .join(" ")
    .replace(/\s+/g, " ");
  const m = /starting in Linux (\d+\.\d+(?:\.\d+)?),? direct system calls are provided on x86-32/i.exec(text);
  return m?.[1] ?? null;
}
