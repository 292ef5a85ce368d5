/**
 * `/latest/<rest>` redirect pages: tiny static HTML files that send the browser to
 * `/linux/<newest stable kernel>/<rest>`, keeping the query and the hash, with a canonical
 * link to the pinned URL. Static files (not Next routes) so they work on any static host
 * and cost the Next build nothing. Pure.
 */

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
  return pages;
}
