import { describe, expect, it } from "vitest";
import { parseInputSpec } from "./input-spec";

describe("extractor input specs", () => {
  it("tells a directory, a binary package and a source package apart", () => {
    expect(parseInputSpec("/src/linux", true)).toEqual({ kind: "directory", path: "/src/linux" });
    expect(parseInputSpec("linux-source-6.12", false)).toEqual({ kind: "binary", package: "linux-source-6.12", version: null });
    expect(parseInputSpec("linux-source-6.12=6.12.107-1", false)).toEqual({ kind: "binary", package: "linux-source-6.12", version: "6.12.107-1" });
    expect(parseInputSpec("linux=7.2.8-1", false)).toEqual({ kind: "source", source: "linux", version: "7.2.8-1" });
    // Debian version syntax (Policy 5.6.12): epoch, tilde, plus.
    expect(parseInputSpec("linux=7.3~rc7-1~exp1", false)).toEqual({ kind: "source", source: "linux", version: "7.3~rc7-1~exp1" });
    expect(parseInputSpec("linux=1:6.1+b2-3", false)).toMatchObject({ kind: "source", version: "1:6.1+b2-3" });
  });

  it("a directory wins over the package forms (a tree may be called linux)", () => {
    expect(parseInputSpec("linux", true)).toEqual({ kind: "directory", path: "linux" });
  });

  it("needs an explicit version for the source package", () => {
    expect(() => parseInputSpec("linux", false)).toThrow(/^linux: the source package needs an explicit version \(like linux=7\.2\.8-1\)/);
    expect(() => parseInputSpec("linux=", false)).toThrow(/^linux=: the source package needs an explicit version/);
  });

  it("names the bad part of a malformed spec", () => {
    expect(() => parseInputSpec("linux=7.2.8 -1", false)).toThrow(/^linux=7\.2\.8 -1: "7\.2\.8 -1" is not a Debian version/);
    expect(() => parseInputSpec("linux-source-6.12=", false)).toThrow(/"" is not a Debian version/);
    expect(() => parseInputSpec("linux=../../etc", false)).toThrow(/is not a Debian version/);
    expect(() => parseInputSpec("linux-source=6.12", false)).toThrow(/neither a kernel source directory nor a Debian package name: expected .*linux=7\.2\.8-1/);
    expect(() => parseInputSpec("linux-image-6.12", false)).toThrow(/neither a kernel source directory nor a Debian package name/);
  });
});
