/** Small, schema-valid inputs for the build-data tests. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { abiFile, syscall } from "@/lib/data/test-fixtures";
import type { AbiFile, Manifest, Syscall } from "@/lib/schema/kernel-api";

export { abiFile, syscall };

export function manifest(kernel: string, files: AbiFile[], opts: { release?: string; preview?: boolean } = {}): Manifest {
  return {
    schemaVersion: 1,
    kernel,
    release: opts.release ?? `${kernel}.1`,
    preview: opts.preview ?? false,
    input: { package: `linux-source-${kernel}`, version: null, sha256: "a".repeat(64) },
    extractor: { version: "test", command: "test" },
    abis: files.map((f) => ({
      abi: f.abi,
      file: `${f.abi}.json`,
      syscalls: f.syscalls.length,
      implemented: f.syscalls.filter((s) => s.implemented).length,
      withParams: f.syscalls.filter((s) => s.params !== null).length,
    })),
    unresolved: [],
  };
}

/** The standard small input: two stable kernels and a preview, x86_64 + i386. */
export function sampleInputs() {
  const mk = (kernel: string, extra: Syscall[] = []) => [
    abiFile(kernel, "x86_64", [syscall(0, "read"), syscall(59, "execve"), syscall(257, "openat"), ...extra]),
    abiFile(kernel, "i386", [syscall(3, "read"), syscall(11, "execve"), syscall(295, "openat")], 32),
  ];
  return [
    { kernel: "6.1", files: mk("6.1") },
    { kernel: "6.12", files: mk("6.12", [syscall(437, "openat2")]) },
    { kernel: "7.3", files: mk("7.3", [syscall(437, "openat2")]), release: "7.3.0-rc7", preview: true },
  ];
}

/** Writes `data/linux/<kernel>/...` for the given kernels under `root`; returns the data dir. */
export function writeDataDir(root: string, kernels: ReturnType<typeof sampleInputs>): string {
  const dataDir = path.join(root, "data");
  for (const k of kernels) {
    const dir = path.join(dataDir, "linux", k.kernel);
    mkdirSync(dir, { recursive: true });
    for (const f of k.files) writeFileSync(path.join(dir, `${f.abi}.json`), JSON.stringify(f, null, 2));
    const m = manifest(k.kernel, k.files, { release: "release" in k ? k.release : undefined, preview: "preview" in k ? k.preview : undefined });
    writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(m, null, 2));
  }
  return dataDir;
}
