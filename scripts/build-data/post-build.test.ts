import { describe, expect, it } from "vitest";
import { isRscPayload } from "./post-build";

describe("isRscPayload", () => {
  it("matches the payload files Next writes beside each page", () => {
    expect(isRscPayload("index.txt")).toBe(true);
    expect(isRscPayload("__next._full.txt")).toBe(true);
    expect(isRscPayload("__next.linux.$d$kernel.$d$abi.__PAGE__.txt")).toBe(true);
  });
  it("leaves other files alone", () => {
    for (const f of ["robots.txt", "index.html", "x86_64.csv", "index.json", "next.txt.bak"]) expect(isRscPayload(f)).toBe(false);
  });
});
