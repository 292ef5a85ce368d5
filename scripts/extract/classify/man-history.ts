/**
 * The release a call appeared in, from the HISTORY section of its own man page. Used for
 * calls newer than the syscalls(2) table (which stops at about Linux 5.14), e.g.
 * cachestat(2): "HISTORY\nLinux 6.5.". Pure: page text in, version out.
 */
import { isPlausibleRelease } from "./kernel-version";
import { isComment, lineText } from "./roff";

const LINUX_VERSION = /\bLinux (\d+\.\d+(?:\.\d+)?)\b/;

/** The lines of the `.SH HISTORY` section, comments dropped. */
function historyLines(page: string): string[] {
  const lines = page.split("\n");
  const start = lines.findIndex((l) => /^\.SH\s+"?HISTORY"?\s*$/.test(l));
  if (start < 0) return [];
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith(".SH")) break;
    if (!isComment(line)) out.push(line);
  }
  return out;
}

/** First plausible "Linux X.Y" in the given lines. */
function firstLinuxVersion(lines: string[]): string | null {
  for (const line of lines) {
    const m = LINUX_VERSION.exec(lineText(line));
    if (m?.[1] && isPlausibleRelease(m[1])) return m[1];
  }
  return null;
}

/**
 * Version for `name` from a page's HISTORY. A page that covers several calls tags its
 * entries (`.TP` / `.TQ` + `.BR openat ()`): only the entry tagged with `name` counts. An
 * untagged section counts only when `ownPage` (the page is `name`'s own, not a link to a
 * page about another call).
 */
export function historyVersion(page: string, name: string, ownPage: boolean): string | null {
  const lines = historyLines(page);
  if (!lines.some((l) => /^\.T[PQ]\b/.test(l))) return ownPage ? firstLinuxVersion(lines) : null;
  // Tagged entries: after .TP (or .TQ) the next line is a tag; the body runs to the next .TP/.P.
  for (let i = 0; i < lines.length; i++) {
    if (!/^\.TP\b/.test(lines[i] ?? "")) continue;
    const tags: string[] = [];
    let j = i + 1;
    while (j < lines.length) {
      tags.push(lineText(lines[j] ?? "").replace(/\s*\(\)\s*$/, "").trim());
      if (!/^\.TQ\b/.test(lines[j + 1] ?? "")) break;
      j += 2;
    }
    if (!tags.includes(name)) continue;
    const body: string[] = [];
    for (let k = j + 1; k < lines.length && !/^\.(TP|P|PP|LP)\b/.test(lines[k] ?? ""); k++) body.push(lines[k] ?? "");
    return firstLinuxVersion(body);
  }
  return null;
}
