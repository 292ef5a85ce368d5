import { describe, expect, it } from "vitest";
import { cmp, isPlausibleRelease, nextRelease, parseVersion } from "./kernel-version";

describe("kernel versions", () => {
  it("parses and orders numerically", () => {
    expect(parseVersion("2.6.16")).toEqual([2, 6, 16]);
    expect(parseVersion("6.12-rc1")).toBeNull();
    expect(cmp("6.12", "6.2")).toBeGreaterThan(0);
    expect(cmp("6.1", "6.1.0")).toBe(0);
    expect(cmp("2.6.39", "3.0")).toBeLessThan(0);
    expect(() => cmp("x", "1.0")).toThrow(/not a kernel version/);
  });

  it("knows which numbers are releases", () => {
    for (const ok of ["1.0", "1.2", "2.0.36", "2.4.18", "2.5.36", "2.6.39", "3.19", "4.20", "6.19", "7.3"]) expect(isPlausibleRelease(ok), ok).toBe(true);
    for (const bad of ["2.4.116", "2.4.8.1", "2.6.40", "3.20", "5.20", "6.1.5"]) expect(isPlausibleRelease(bad), bad).toBe(false);
  });

  it("names the next release, across major bumps", () => {
    expect(nextRelease("5.10")).toBe("5.11");
    expect(nextRelease("6.12")).toBe("6.13");
    expect(nextRelease("7.2")).toBe("7.3");
    expect(nextRelease("5.19")).toBe("6.0");
    expect(nextRelease("6.19")).toBe("7.0");
    expect(nextRelease("4.20")).toBe("5.0");
    expect(() => nextRelease("2.6.39")).toThrow(/series id/);
  });
});
