/**
 * `/latest/<rest>` redirect pages: tiny static HTML files that send the browser to
 * `/linux/<newest stable kernel>/<rest>`, keeping the query and the hash, with a canonical
 * link to the pinned URL. Static files (not Next routes) so they work on any static host
 * and cost the Next build nothing. Pure.
 * `/latest/diff/<a>/<b>/` (both orders) goes straight to the page that shows the pair: the
 * canonical order's page, or for the reverse order that page with `swap=1` (as the
 * reverse-order redirects under /linux/ do), so a visitor is redirected once, not twice.
 */
import { diffPaths, isCanonicalAbiPair } from "@/lib/diff/diff-paths";
import { ABI_IDS, type AbiId } from "@/lib/schema/kernel-api";
import { diffRedirectHtml } from "../atlas/diff-redirect-pages";

const isAbiId = (s: string): s is AbiId => (ABI_IDS as readonly string[]).includes(s);

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function redirectHtml(target: string, origin: string, title: string): string {
  const t = escapeHtml(target);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(origin + target)}">
<script>location.replace(${JSON.stringify(target).replace(/</g, "\\u003c")}+location.search+location.hash)</script>
<noscript><meta http-equiv="refresh" content="0; url=${t}"></noscript>
</head><body><p>This page moved to <a href="${t}">${t}</a>.</p></body></html>
`;
}

/** Relative file path under public/ -> HTML, for every page of the latest kernel. */
export function latestPages(latest: string, abis: readonly string[], names: readonly string[], origin: string): Map<string, string> {
  const pages = new Map<string, string>();
  const add = (rest: string) => {
    const target = `/linux/${latest}/${rest}`;
    pages.set(`latest/${rest}index.html`, redirectHtml(target, origin, `Redirecting to Linux ${latest}`));
  };
  add("");
  add("all/");
  for (const abi of abis) add(`${abi}/`);
  for (const name of names) add(`syscalls/${name}/`);
  const ids = abis.filter(isAbiId);
  for (const a of ids)
    for (const b of ids) {
      if (a === b) continue;
      if (isCanonicalAbiPair(a, b)) add(`diff/${a}/${b}/`);
      else
        pages.set(
          `latest/diff/${a}/${b}/index.html`,
          diffRedirectHtml(diffPaths.abisView(latest, a, b), diffPaths.abis(latest, b, a), origin, `Redirecting to Linux ${latest}`),
        );
    }
  return pages;
}
