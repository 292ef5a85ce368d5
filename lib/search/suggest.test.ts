import { describe, expect, it } from "vitest";
import { suggestionsFor, type NamesIndex } from "./not-found-suggestions";
import { closest, editDistance } from "./suggest";

describe("editDistance", () => {
  it("counts edits, with adjacent swaps as one", () => {
    expect(editDistance("openat", "openat")).toBe(0);
    expect(editDistance("opnat", "openat")).toBe(1);
    expect(editDistance("opneat", "openat")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });
});

describe("closest", () => {
  const names = ["openat", "openat2", "open", "read", "readv", "mq_open", "execve"];
  it("prefers exact, then prefix, then substring, then small edits", () => {
    expect(closest("openat", names)[0]).toBe("openat");
    expect(closest("opnat", names)[0]).toBe("openat");
    expect(closest("exceve", names)).toEqual(["execve"]);
  });
  it("suggests nothing far away", () => {
    expect(closest("zzzzzz", names)).toEqual([]);
  });
});

describe("suggestionsFor", () => {
  const index: NamesIndex = {
    latest: "6.12",
    kernels: [
      { id: "6.1", abis: ["x86_64", "arm64"], names: ["openat", "read"] },
      { id: "6.12", abis: ["x86_64", "arm64", "riscv64"], names: ["openat", "openat2", "read"] },
    ],
  };
  it("suggests the closest syscall at the kernel in the URL", () => {
    expect(suggestionsFor("/linux/6.1/syscalls/opnat/", index)[0]).toEqual({ label: "openat (Linux 6.1)", href: "/linux/6.1/syscalls/openat/" });
  });
  it("suggests an ABI for a mistyped table URL", () => {
    expect(suggestionsFor("/linux/6.12/x86-64/", index)[0]?.href).toBe("/linux/6.12/x86_64/");
  });
  it("uses the latest kernel for /latest/ and unknown kernels", () => {
    expect(suggestionsFor("/latest/syscalls/openat3/", index)[0]?.href).toBe("/linux/6.12/syscalls/openat/");
    expect(suggestionsFor("/linux/9.9/", index).map((s) => s.href).sort()).toEqual(["/linux/6.1/", "/linux/6.12/"]);
    expect(suggestionsFor("/linux/6.12x/", index)[0]?.href).toBe("/linux/6.12/");
  });
});
