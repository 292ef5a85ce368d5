import { describe, expect, it } from "vitest";
import { keptHref } from "./keep-query-links";

describe("keptHref", () => {
  const base = "https://x.test/linux/6.1..7.2/x86_64/";
  it("carries the whole query when the list is empty", () => {
    expect(keptHref(base, "", "?q=open&swap=1")).toBe(`${base}?q=open&swap=1`);
  });
  it("carries only the listed parameters and keeps the link's own others", () => {
    expect(keptHref(`${base}?swap=1`, "q,show", "?q=open&show=added,removed")).toBe(`${base}?swap=1&q=open&show=added%2Cremoved`);
    expect(keptHref(base, "q,show", "?swap=1&q=mm")).toBe(`${base}?q=mm`);
  });
  it("is idempotent (it runs on several events before a click)", () => {
    const once = keptHref(base, "q", "?q=a");
    expect(keptHref(once, "q", "?q=a")).toBe(once);
  });
});
