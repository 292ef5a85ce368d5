import { test, expect } from "@playwright/test";
import { crawlOut } from "./crawl-out";

test("no broken internal link anywhere in out/", () => {
  test.setTimeout(300_000);
  const { pages, links, broken } = crawlOut("out");
  console.log(`crawled ${pages} pages, ${links} internal links`);
  expect(pages).toBeGreaterThan(100);
  expect(broken.slice(0, 20)).toEqual([]);
});
