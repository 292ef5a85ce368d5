import { describe, expect, it } from "vitest";
import { parseDscChecksums, parsePrintUris, sourcePartName, upstreamVersion } from "./source-uris";

const h = (c: string): string => c.repeat(64);

describe("source package file lists", () => {
  it("reads apt-get source --print-uris lines and ignores apt's notices", () => {
    const out = `NOTICE: 'linux' packaging is maintained in the 'Git' version control system at:\n'http://m.example/debian/pool/main/l/linux/linux_1.0-1.dsc' linux_1.0-1.dsc 2048 SHA256:${h("a")}\n'http://m.example/debian/pool/main/l/linux/linux_1.0-1.debian.tar.xz' linux_1.0-1.debian.tar.xz 99 SHA256:${h("b")}\n`;
    expect(parsePrintUris(out)).toEqual([
      { uri: "http://m.example/debian/pool/main/l/linux/linux_1.0-1.dsc", name: "linux_1.0-1.dsc", size: 2048, sha256: h("a") },
      { uri: "http://m.example/debian/pool/main/l/linux/linux_1.0-1.debian.tar.xz", name: "linux_1.0-1.debian.tar.xz", size: 99, sha256: h("b") },
    ]);
  });

  it("reads Checksums-Sha256 from a .dsc and stops at the next field", () => {
    const dsc = `Format: 3.0 (quilt)\nChecksums-Sha1:\n ${"c".repeat(40)} 5 linux_1.0.orig.tar.xz\nChecksums-Sha256:\n ${h("d")} 5 linux_1.0.orig.tar.xz\n ${h("e")} 77 linux_1.0-1.debian.tar.xz\nFiles:\n 0123 5 linux_1.0.orig.tar.xz\n`;
    expect([...parseDscChecksums(dsc)]).toEqual([
      ["linux_1.0.orig.tar.xz", { sha256: h("d"), size: 5 }],
      ["linux_1.0-1.debian.tar.xz", { sha256: h("e"), size: 77 }],
    ]);
    expect(() => parseDscChecksums("Format: 3.0\n", "x.dsc")).toThrow(/x.dsc: no Checksums-Sha256/);
  });

  it("takes the upstream version out of a Debian version (Policy 5.6.12)", () => {
    expect(upstreamVersion("7.2.8-1")).toBe("7.2.8");
    expect(upstreamVersion("7.3~rc7-1~exp1")).toBe("7.3~rc7");
    expect(upstreamVersion("1:2.3-4-5")).toBe("2.3-4"); // the revision follows the last hyphen
    expect(upstreamVersion("1.0")).toBe("1.0"); // native: no revision
  });

  // The files of linux 7.2.8-1 as `apt-get source --print-uris linux=7.2.8-1` lists them.
  const linux728 = ["linux_7.2.8-1.dsc", "linux_7.2.8.orig.tar.xz", "linux_7.2.8-1.debian.tar.xz"];

  it("picks the orig and the debian tarball of a source package", () => {
    expect(sourcePartName(linux728, "linux", "7.2.8-1", "orig", "x.dsc")).toBe("linux_7.2.8.orig.tar.xz");
    expect(sourcePartName(linux728, "linux", "7.2.8-1", "debian", "x.dsc")).toBe("linux_7.2.8-1.debian.tar.xz");
    // Another revision shares the orig but not the debian tarball; names are matched exactly.
    expect(sourcePartName(["linux_7.2.8.orig.tar.xz", "linux_7.2.8-2.debian.tar.xz"], "linux", "7.2.8-2", "orig", "x.dsc")).toBe("linux_7.2.8.orig.tar.xz");
    expect(() => sourcePartName(linux728, "linux", "7.2.8-2", "debian", "x.dsc")).toThrow("x.dsc: lists no linux_7.2.8-2.debian.tar.* (not a 3.0 (quilt) source package?)");
    expect(() => sourcePartName(["linux_7.2.88.orig.tar.xz"], "linux", "7.2.8-1", "orig", "x.dsc")).toThrow(/lists no linux_7\.2\.8\.orig\.tar\.\*/);
  });

  it("refuses what would give a wrong or partial tree, naming the list", () => {
    expect(() => sourcePartName(["linux_7.2.8-1.dsc", "linux_7.2.8-1.debian.tar.xz"], "linux", "7.2.8-1", "orig", "/c/linux_7.2.8-1.dsc")).toThrow(
      "/c/linux_7.2.8-1.dsc: lists no linux_7.2.8.orig.tar.* (a native package has none)",
    );
    expect(() => sourcePartName(["linux_7.2.8.orig.tar.xz", "linux_7.2.8.orig.tar.gz"], "linux", "7.2.8-1", "orig", "x.dsc")).toThrow(
      "x.dsc: lists linux_7.2.8.orig.tar.xz and linux_7.2.8.orig.tar.gz, expected one linux_7.2.8.orig.tar.*",
    );
    expect(() => sourcePartName([...linux728, "linux_7.2.8.orig-extra.tar.xz"], "linux", "7.2.8-1", "orig", "x.dsc")).toThrow(
      /x\.dsc: the upstream source is split into several tarballs \(linux_7\.2\.8\.orig-extra\.tar\.xz\)/,
    );
  });
});
