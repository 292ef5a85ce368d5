import { describe, expect, it } from "vitest";
import { parseKernelMakefile } from "./kernel-release";

const mk = (sub: string, extra: string) => `# SPDX\nVERSION = 7\nPATCHLEVEL = 3\nSUBLEVEL = ${sub}\nEXTRAVERSION =${extra}\nNAME = Baby Opossum Posse\n`;

describe("parseKernelMakefile", () => {
  it("reads a stable release", () => expect(parseKernelMakefile(mk("13", ""))).toEqual({ release: "7.3.13", series: "7.3", preview: false }));
  it("reads a release candidate as a preview", () => expect(parseKernelMakefile(mk("0", " -rc7"))).toEqual({ release: "7.3.0-rc7", series: "7.3", preview: true }));
  it("names the file and the bad field", () => {
    expect(() => parseKernelMakefile("VERSION = 7\nPATCHLEVEL = 3\nEXTRAVERSION =\n", "t/Makefile")).toThrow("t/Makefile: no SUBLEVEL line");
    expect(() => parseKernelMakefile(mk("x", ""), "t/Makefile")).toThrow('t/Makefile: SUBLEVEL "x" is not a number');
  });
});
