import { describe, expect, it } from "vitest";
import { latestPages } from "./latest-pages";

const pages = latestPages("7.2", ["x86_64", "arm64", "i386"], ["openat"], "https://atlas.test");

/** Runs a page's redirect script against a fake location; returns where it goes. */
function follow(file: string, href: string): string {
  const html = pages.get(file);
  if (!html) throw new Error(`no page ${file}`);
  const script = /<script>(.*)<\/script>/.exec(html)?.[1] ?? "";
  const u = new URL(href);
  let went = "";
  const location = { href, search: u.search, hash: u.hash, replace: (to: string) => (went = new URL(to, href).href) };
  new Function("location", script)(location);
  return went;
}

describe("latestPages", () => {
  it("writes a /latest/diff/ redirect for every ordered pair of the latest kernel's ABIs", () => {
    const diff = [...pages.keys()].filter((k) => k.startsWith("latest/diff/")).sort();
    expect(diff).toEqual([
      "latest/diff/arm64/i386/index.html",
      "latest/diff/arm64/x86_64/index.html",
      "latest/diff/i386/arm64/index.html",
      "latest/diff/i386/x86_64/index.html",
      "latest/diff/x86_64/arm64/index.html",
      "latest/diff/x86_64/i386/index.html",
    ]);
  });

  it("sends the canonical order to the pinned pair page, keeping query and hash", () => {
    expect(follow("latest/diff/x86_64/arm64/index.html", "https://atlas.test/latest/diff/x86_64/arm64/?v=needs-translation#openat")).toBe(
      "https://atlas.test/linux/7.2/diff/x86_64/arm64/?v=needs-translation#openat",
    );
    expect(pages.get("latest/diff/x86_64/arm64/index.html")).toContain('<link rel="canonical" href="https://atlas.test/linux/7.2/diff/x86_64/arm64/">');
  });

  it("sends the reverse order to the pair page with swap=1, keeping query and hash", () => {
    expect(follow("latest/diff/arm64/x86_64/index.html", "https://atlas.test/latest/diff/arm64/x86_64/?q=read#read")).toBe(
      "https://atlas.test/linux/7.2/diff/x86_64/arm64/?swap=1&q=read#read",
    );
    expect(follow("latest/diff/arm64/x86_64/index.html", "https://atlas.test/latest/diff/arm64/x86_64/")).toBe(
      "https://atlas.test/linux/7.2/diff/x86_64/arm64/?swap=1",
    );
    expect(pages.get("latest/diff/arm64/x86_64/index.html")).toContain('<link rel="canonical" href="https://atlas.test/linux/7.2/diff/x86_64/arm64/">');
  });

  it("keeps the redirect files small", () => {
    for (const [file, html] of pages) expect(html.length, file).toBeLessThan(1024);
  });

  it("still writes the table, all, syscall and root redirects", () => {
    for (const f of ["latest/index.html", "latest/all/index.html", "latest/x86_64/index.html", "latest/syscalls/openat/index.html"])
      expect(pages.has(f), f).toBe(true);
  });
});
