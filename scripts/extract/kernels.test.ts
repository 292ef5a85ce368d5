import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { manifestSchema } from "@/lib/schema/kernel-api";
import { KERNEL_PACKAGES } from "./kernels";
import { REPO_ROOT } from "./test-support/kernel-tree";

const manifest = (kernel: string) =>
  manifestSchema.parse(JSON.parse(readFileSync(join(REPO_ROOT, "data/linux", kernel, "manifest.json"), "utf8")));

describe("the committed data matches the kernel list", () => {
  it("comes from each kernel's pinned package version", () => {
    for (const k of KERNEL_PACKAGES) {
      const m = manifest(k.kernel);
      expect(m.input.package, k.kernel).toBe(k.package);
      if (k.version) expect(m.input.version, k.kernel).toBe(k.version);
    }
  });

  it("has upstream source lines (Debian's patches undone) for every pinned kernel", () => {
    // Pinning exists to get the source package: a pinned kernel whose lines stayed Debian's
    // would link Elixir with Debian's line numbers.
    for (const k of KERNEL_PACKAGES.filter((p) => p.version)) {
      const m = manifest(k.kernel);
      expect(m.input.debianPatches, k.kernel).toBeDefined();
      expect(m.input.debianLines, k.kernel).toBeUndefined();
    }
  });
});
