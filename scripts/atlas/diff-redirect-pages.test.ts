import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { diffRedirectPages } from "./diff-redirect-pages";

const kernels = [
  { id: "6.1", abis: [{ abi: "x86_64" as const }, { abi: "arm64" as const }, { abi: "nios2" as const }] },
  { id: "6.12", abis: [{ abi: "x86_64" as const }, { abi: "arm64" as const }] },
];

describe("diffRedirectPages", () => {
  const pages = diffRedirectPages(kernels, "https://atlas.example");

  it("writes one redirect per reverse pair and none for canonical pairs", () => {
    expect([...pages.keys()].sort()).toEqual([
      "linux/6.1/diff/arm64/x86_64/index.html",
      "linux/6.1/diff/nios2/arm64/index.html",
      "linux/6.1/diff/nios2/x86_64/index.html",
      "linux/6.12..6.1/arm64/index.html",
      "linux/6.12..6.1/x86_64/index.html",
      "linux/6.12/diff/arm64/x86_64/index.html",
    ]);
  });

  it("points at the canonical page with swap=1 and names it as canonical", () => {
    const html = pages.get("linux/6.12/diff/arm64/x86_64/index.html") ?? "";
    expect(html).toContain('<link rel="canonical" href="https://atlas.example/linux/6.12/diff/x86_64/arm64/">');
    expect(html).toContain('url=/linux/6.12/diff/x86_64/arm64/?swap=1"');
    expect(pages.get("linux/6.12..6.1/x86_64/index.html")).toContain("/linux/6.1..6.12/x86_64/?swap=1");
  });

  it("keeps the other query parameters and the anchor (run the page's script)", () => {
    const html = pages.get("linux/6.12/diff/arm64/x86_64/index.html") ?? "";
    const script = /<script>(.*)<\/script>/.exec(html)?.[1] ?? "";
    const run = (href: string) =>
      execFileSync(process.execPath, [
        "-e",
        `const location={href:${JSON.stringify(href)},search:new URL(${JSON.stringify(href)}).search,hash:new URL(${JSON.stringify(href)}).hash,replace(u){console.log(u)}};${script}`,
      ], { encoding: "utf8" }).trim();
    expect(run("https://a.example/linux/6.12/diff/arm64/x86_64/?q=open&swap=1#openat")).toBe(
      "https://a.example/linux/6.12/diff/x86_64/arm64/?swap=1&q=open#openat",
    );
    expect(run("https://a.example/linux/6.12/diff/arm64/x86_64/")).toBe("https://a.example/linux/6.12/diff/x86_64/arm64/?swap=1");
  });
});
