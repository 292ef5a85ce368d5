/**
 * Finds broken internal links in an exported site by reading the files (no browser): every
 * href/src in every HTML file and every <loc> of the sitemap must resolve to a file in
 * out/ (a folder resolves to its index.html), and a #fragment on a link to one of our pages
 * must name an id present in that page.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export interface BrokenLink {
  from: string;
  href: string;
  why: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(p);
    return e.name.endsWith(".html") ? [p] : [];
  });
}

function resolve(root: string, urlPath: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.join(root, rel);
  for (const c of [file, path.join(file, "index.html"), `${file}.html`]) {
    try {
      if (statSync(c).isFile()) return c;
    } catch {
      // next candidate
    }
  }
  return null;
}

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

export function crawlOut(root: string): { pages: number; links: number; broken: BrokenLink[] } {
  const files = htmlFiles(root);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, "utf8").matchAll(ID)].map((m) => m[1] ?? ""));
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  const seen = new Map<string, string | null>();
  let links = 0;
  const check = (from: string, raw: string) => {
    const href = raw.replace(/&amp;/g, "&");
    if (!href.startsWith("/") || href.startsWith("//")) return;
    links += 1;
    const [beforeHash = "", fragment] = href.split("#", 2);
    const urlPath = beforeHash.split("?")[0] ?? "";
    let target = seen.get(urlPath);
    if (target === undefined) {
      target = resolve(root, urlPath);
      seen.set(urlPath, target);
    }
    const rel = path.relative(root, from);
    if (!target) broken.push({ from: rel, href, why: "no such file" });
    else if (fragment && target.endsWith(".html") && !idsOf(target).has(decodeURIComponent(fragment)))
      broken.push({ from: rel, href, why: `no id "${fragment}" in ${path.relative(root, target)}` });
  };
  for (const file of files) {
    const html = readFileSync(file, "utf8");
    for (const m of html.matchAll(ATTR)) check(file, m[1] ?? "");
  }
  try {
    const sitemap = readFileSync(path.join(root, "sitemap.xml"), "utf8");
    for (const m of sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)) check(path.join(root, "sitemap.xml"), new URL(m[1] ?? "").pathname);
  } catch {
    broken.push({ from: "sitemap.xml", href: "", why: "missing sitemap" });
  }
  return { pages: files.length, links, broken };
}
