/**
 * Links out of the site (source at an exact kernel tag, man pages) and into it (pinned
 * URLs). Pure; client-safe. URL shapes here are a public contract: keep them stable.
 */
import type { AbiId } from "@/lib/schema/kernel-api";
import { releaseTag } from "./kernel-version";

/** Bootlin Elixir link to a line of the kernel tree at the release's tag. */
export function elixirUrl(release: string, file: string, line: number): string | null {
  const tag = releaseTag(release);
  if (!tag) return null;
  const path = file.split("/").map(encodeURIComponent).join("/");
  return `https://elixir.bootlin.com/linux/${tag}/source/${path}#L${line}`;
}

/** Which tree a kernel's source lines refer to (see SiteKernel.debianSource). */
export interface SourceTree {
  release: string;
  debianSource: string | null;
}

/**
 * Link to a definition's line: Elixir at the upstream tag when the lines are upstream's,
 * else Debian's patched tree at the exact package version (the lines we read), on
 * sources.debian.org, so a link never lands on the wrong line.
 */
export function sourceUrl(tree: SourceTree, file: string, line: number): string | null {
  if (tree.debianSource === null) return elixirUrl(tree.release, file, line);
  const path = file.split("/").map(encodeURIComponent).join("/");
  return `https://sources.debian.org/src/linux/${encodeURIComponent(tree.debianSource)}/${path}/#L${line}`;
}

export function manUrl(name: string): string {
  return `https://man7.org/linux/man-pages/man2/${encodeURIComponent(name)}.2.html`;
}

export const paths = {
  home: () => "/",
  kernel: (kernel: string) => `/linux/${kernel}/`,
  table: (kernel: string, abi: AbiId) => `/linux/${kernel}/${abi}/`,
  all: (kernel: string) => `/linux/${kernel}/all/`,
  syscall: (kernel: string, name: string) => `/linux/${kernel}/syscalls/${name}/`,
  latest: (rest: string) => `/latest/${rest}`,
  apiIndex: () => "/api/v1/index.json",
  apiTable: (kernel: string, abi: AbiId, ext: "json" | "csv") => `/api/v1/linux/${kernel}/${abi}.${ext}`,
  searchIndex: (kernel: string, table: AbiId | "all") => `/generated/search/${kernel}/${table}.json`,
  namesIndex: () => "/generated/names.json",
  /** The `all` table's rows, fetched by its interactive table (the HTML carries the first screen). */
  allRows: (kernel: string) => `/generated/all/${kernel}.json`,
  /** One ABI's table rows, fetched by its interactive table (the HTML carries the first screen). */
  tableRows: (kernel: string, abi: AbiId) => `/generated/table/${kernel}/${abi}.json`,
};
