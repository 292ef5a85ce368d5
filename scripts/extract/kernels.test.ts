import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newestStable } from "@/lib/data/kernel-version";
import { manifestSchema } from "@/lib/schema/kernel-api";
import { upstreamVersion } from "./debian/source-uris";
import { parseInputSpec } from "./input-spec";
import { KERNEL_PACKAGES, packageSpec } from "./kernels";
import { REPO_ROOT } from "./test-support/kernel-tree";

const manifest = (kernel: string) =>
  manifestSchema.parse(JSON.parse(readFileSync(join(REPO_ROOT, "data/linux", kernel, "manifest.json"), "utf8")));

describe("the kernel list", () => {
  it("gives the extractor an input of the kind each entry declares", () => {
    for (const k of KERNEL_PACKAGES) expect(parseInputSpec(packageSpec(k), false).kind, k.kernel).toBe(k.kind);
  });
});

describe("the committed data matches the kernel list", () => {
  it("comes from each kernel's pinned package version", () => {
    for (const k of KERNEL_PACKAGES) {
      const m = manifest(k.kernel);
      expect(m.input.package, k.kernel).toBe(k.package);
      if (k.version) expect(m.input.version, k.kernel).toBe(k.version);
    }
  });

  it("has upstream source lines for every pinned kernel: Debian's patches undone, or the orig tarball", () => {
    // Pinning exists to get upstream lines: a pinned kernel whose lines stayed Debian's
    // would link Elixir with Debian's line numbers.
    const pinned = KERNEL_PACKAGES.filter((p) => p.version);
    for (const k of pinned) {
      const m = manifest(k.kernel);
      expect(m.input.debianLines, k.kernel).toBeUndefined();
      if (k.kind === "binary") expect(m.input.debianPatches, k.kernel).toBeDefined();
      else {
        // The tree is the orig tarball of that version, and its Makefile is that upstream release.
        expect(m.input.origTarball?.file, k.kernel).toMatch(new RegExp(`^${k.package}_${upstreamVersion(k.version).replace(/\./g, "\\.")}\\.orig\\.tar\\.`));
        expect(m.input.debianPatches, k.kernel).toBeUndefined();
        expect(m.release, k.kernel).toBe(upstreamVersion(k.version));
      }
    }
    // The kernel /latest points to is among them.
    const latest = newestStable(KERNEL_PACKAGES.map((k) => ({ id: k.kernel, preview: manifest(k.kernel).preview })));
    expect(pinned.map((k) => k.kernel)).toContain(latest?.id);
  });
});
