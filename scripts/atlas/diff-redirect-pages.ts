/**
 * The reverse order of each diff pair (/linux/<k>/diff/<b>/<a>/ for the canonical a/b,
 * /linux/<newer>..<older>/<abi>/) as tiny static HTML files that send the browser to the
 * canonical page with `swap=1`, keeping the rest of the query and the row anchor. Static
 * files (not Next routes), so thousands of them cost the build nothing. Pure; called by
 * scripts/build-data, which writes them under public/.
 */
import { diffPaths, isCanonicalAbiPair, isCanonicalKernelPair } from "@/lib/diff/diff-paths";
import { ABI_IDS, type AbiId } from "@/lib/schema/kernel-api";

export interface RedirectKernel {
  id: string;
  abis: readonly { abi: AbiId }[];
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function diffRedirectHtml(target: string, canonical: string, origin: string, title: string): string {
  const t = escapeHtml(target);
  const js = JSON.stringify(target).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(origin + canonical)}">
<script>(function(){var u=new URL(${js},location.href);new URLSearchParams(location.search).forEach(function(v,k){if(k!=="swap")u.searchParams.set(k,v)});u.hash=location.hash;location.replace(u.href)})()</script>
<noscript><meta http-equiv="refresh" content="0; url=${t}"></noscript>
</head><body><p>This comparison is shown at <a href="${t}">${t}</a>.</p></body></html>
`;
}

/** Path under public/ (e.g. "linux/6.12/diff/arm64/x86_64/index.html") -> HTML. */
export function diffRedirectPages(kernels: readonly RedirectKernel[], origin: string): Map<string, string> {
  const pages = new Map<string, string>();
  const add = (path: string, target: string, canonical: string, title: string) =>
    pages.set(`${path.replace(/^\//, "")}index.html`, diffRedirectHtml(target, canonical, origin, title));
  for (const k of kernels)
    for (const { abi: a } of k.abis)
      for (const { abi: b } of k.abis)
        if (a !== b && !isCanonicalAbiPair(a, b))
          add(diffPaths.abis(k.id, a, b), diffPaths.abisView(k.id, a, b), diffPaths.abis(k.id, b, a), `${a} vs ${b}, Linux ${k.id}`);
  for (const abi of ABI_IDS) {
    const withAbi = kernels.filter((k) => k.abis.some((x) => x.abi === abi)).map((k) => k.id);
    for (const from of withAbi)
      for (const to of withAbi)
        if (from !== to && !isCanonicalKernelPair(from, to))
          add(diffPaths.kernels(from, to, abi), diffPaths.kernelsView(from, to, abi), diffPaths.kernels(to, from, abi), `${abi}, Linux ${from} to ${to}`);
  }
  return pages;
}
