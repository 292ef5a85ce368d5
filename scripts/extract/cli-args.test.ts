import { describe, expect, it } from "vitest";
import { parseArgs } from "./cli-args";
import { KERNEL_PACKAGES } from "./kernels";

describe("data:extract arguments", () => {
  it("`all` fetches every kernel's package at its pinned version", () => {
    const { jobs } = parseArgs(["all"]);
    expect(jobs).toHaveLength(KERNEL_PACKAGES.length);
    for (const [i, k] of KERNEL_PACKAGES.entries()) {
      expect(jobs[i]?.input).toBe(k.version ? `${k.package}=${k.version}` : k.package);
    }
    expect(jobs.some((j) => j.input.includes("="))).toBe(true);
  });

  it("passes one package (pinned or not) or directory through, with an optional series", () => {
    expect(parseArgs(["linux-source-6.12=6.12.107-1"]).jobs).toEqual([{ input: "linux-source-6.12=6.12.107-1" }]);
    expect(parseArgs(["linux=7.2.8-1"]).jobs).toEqual([{ input: "linux=7.2.8-1" }]);
    expect(parseArgs(["/src/linux", "--kernel", "6.12"]).jobs).toEqual([{ input: "/src/linux", kernel: "6.12" }]);
    expect(() => parseArgs(["all", "--kernel", "6.12"])).toThrow(/cannot be combined/);
  });
});
