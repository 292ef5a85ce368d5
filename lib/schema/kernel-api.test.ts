import { describe, expect, it } from "vitest";
import { formatSchemaError, manifestInputSchema } from "./kernel-api";

const h = (c: string): string => c.repeat(64);

function errors(input: unknown): string[] {
  const r = manifestInputSchema.safeParse(input);
  return r.success ? [] : formatSchemaError("manifest.json", r.error).split("\n");
}

describe("manifest input", () => {
  const orig = { package: "linux", version: "7.2.8-1", sha256: h("a"), origTarball: { file: "linux_7.2.8.orig.tar.xz", sha256: h("a") } };

  it("accepts every input kind: directory, .deb with patches undone or not, orig tarball", () => {
    expect(errors({ package: "directory", version: null, sha256: h("0") })).toEqual([]);
    expect(errors({ package: "linux-source-6.12", version: "6.12.107-1", sha256: h("1"), debianPatches: { file: "linux_6.12.107-1.debian.tar.xz", sha256: h("2") } })).toEqual([]);
    expect(errors({ package: "linux-source-7.3", version: "7.3~rc7-1~exp1", sha256: h("3"), debianLines: { version: "7.3~rc7-1~exp1", reason: "404" } })).toEqual([]);
    expect(errors(orig)).toEqual([]);
  });

  it("refuses an orig tarball input that claims Debian lines or patches, or another hash", () => {
    expect(errors({ ...orig, debianLines: { version: "7.2.8-1", reason: "x" } })).toEqual(["manifest.json: debianLines: not allowed with origTarball (the tree is upstream's)"]);
    expect(errors({ ...orig, debianPatches: { file: "linux_7.2.8-1.debian.tar.xz", sha256: h("b") } })).toEqual([
      "manifest.json: debianPatches: not allowed with origTarball (the tree is upstream's)",
    ]);
    expect(errors({ ...orig, sha256: h("c") })).toEqual(["manifest.json: sha256: differs from origTarball.sha256 (the input is the orig tarball)"]);
    expect(errors({ ...orig, origTarball: { file: "linux_7.2.8-1.debian.tar.xz", sha256: h("a") } })[0]).toMatch(/^manifest.json: origTarball.file: /);
  });
});
