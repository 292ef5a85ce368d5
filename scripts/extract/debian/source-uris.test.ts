import { describe, expect, it } from "vitest";
import { parseDscChecksums, parsePrintUris } from "./source-uris";

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
});
