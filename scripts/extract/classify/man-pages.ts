/**
 * What the man-pages project says about system calls: which names have a `man 2` page
 * (own pages and alias pages: symlinks or `.so` stubs), the syscalls(2) table, and the
 * HISTORY version of pages newer than that table. Pure: built from file contents; the
 * loader (man-pages-load.ts) does the I/O.
 */
import { historyVersion } from "./man-history";
import { x86DirectSocketVersion } from "./socketcall-note";
import { parseSyscallsTable, type SyscallsTableRow } from "./syscalls-table";

/** One section-2 man page file: its own text, or an alias of another page. */
export type ManFile = { name: string; text: string } | { name: string; linkTo: string };

export interface ManPages {
  /** The package the pages came from, e.g. { package: "manpages-dev", version: "6.20-2" }. */
  source: { package: string; version: string; sha256: string } | null;
  /** Every name with a `man 2` page -> the name of the page it shows (itself if own). */
  pages: Map<string, string>;
  /** syscalls(2) table rows by name. */
  table: Map<string, SyscallsTableRow>;
  /** Versions from HISTORY sections, for names with a page but no usable table row. */
  history: Map<string, string>;
  /** From socketcall(2): the release that gave x86-32 direct socket calls (null if unsaid). */
  x86DirectSocket?: string | null;
}

/** `.so man2/open.2` -> "open"; null when the text is a real page. */
export function soLinkTarget(text: string): string | null {
  const first = text.split("\n").find((l) => l.trim() !== "" && !/^[.']\s*\\"/.test(l));
  const m = first ? /^\.so\s+(?:\S*\/)?([^/\s]+)\.2\s*$/.exec(first.trim()) : null;
  return m?.[1] ?? null;
}

/** Follow alias links to the page that holds the text (cycles and dangling links -> null). */
function resolve(name: string, links: Map<string, string>, texts: Map<string, string>): string | null {
  const seen = new Set<string>();
  let cur = name;
  while (!texts.has(cur)) {
    const next = links.get(cur);
    if (next === undefined || seen.has(cur)) return null;
    seen.add(cur);
    cur = next;
  }
  return cur;
}

export function buildManPages(files: ManFile[], source: ManPages["source"]): ManPages {
  const texts = new Map<string, string>();
  const links = new Map<string, string>();
  for (const f of files) {
    if ("linkTo" in f) links.set(f.name, f.linkTo);
    else {
      const so = soLinkTarget(f.text);
      if (so !== null) links.set(f.name, so);
      else texts.set(f.name, f.text);
    }
  }
  const syscallsPage = texts.get("syscalls");
  if (syscallsPage === undefined) throw new Error("man pages: no syscalls.2 page");
  const table = parseSyscallsTable(syscallsPage);
  const pages = new Map<string, string>();
  const history = new Map<string, string>();
  for (const name of [...texts.keys(), ...links.keys()]) {
    const page = resolve(name, links, texts);
    if (page === null) continue; // dangling alias: no page is shown
    pages.set(name, page);
    if (table.get(name)?.version) continue;
    const version = historyVersion(texts.get(page) ?? "", name, page === name);
    if (version !== null) history.set(name, version);
  }
  const socketcall = resolve("socketcall", links, texts);
  const x86DirectSocket = socketcall === null ? null : x86DirectSocketVersion(texts.get(socketcall) ?? "");
  return { source, pages, table, history, x86DirectSocket };
}

/** `name`, then its spelling with (or without) a leading underscore: `llseek` <-> `_llseek`. */
function spellings(name: string): string[] {
  const other = name.startsWith("_") ? name.slice(1) : `_${name}`;
  return other.length > 0 ? [name, other] : [name];
}

export interface ManVersion {
  version: string;
  from: "syscalls(2)" | "HISTORY";
  row?: SyscallsTableRow;
}

/** The man-pages version of `name` and where it came from; null when they say nothing. */
export function manVersion(man: ManPages, name: string): ManVersion | null {
  for (const n of spellings(name)) {
    const row = man.table.get(n);
    if (row?.version) return { version: row.version, from: "syscalls(2)", row };
    const h = man.history.get(n);
    if (h) return { version: h, from: "HISTORY" };
  }
  return null;
}

/**
 * Whether `man 2 <name>` shows a page: the name has its own page or an alias page. Table
 * spellings that differ from the page's by a leading underscore (asm-generic `llseek` vs
 * `_llseek`, `exit` vs `_exit`) count when that page exists.
 */
export function hasManPage(man: ManPages, name: string): boolean {
  return spellings(name).some((n) => man.pages.has(n));
}
