import { describe, expect, it } from "vitest";
import { ABI_IDS } from "@/lib/schema/kernel-api";
import { ABI_ALIASES, abiFromAlias } from "./abi-aliases";
import { suggestionsFor, type NamesIndex } from "./not-found-suggestions";

const index: NamesIndex = {
  latest: "6.12",
  kernels: [
    { id: "5.10", abis: ["x86_64", "i386", "arm64", "arm", "powerpc64", "mips-n64", "s390"], names: ["openat", "read", "write"] },
    { id: "6.1", abis: ["x86_64", "i386", "arm64", "arm", "loongarch64", "powerpc64", "mips-n64", "s390"], names: ["openat", "read", "write"] },
    { id: "6.12", abis: ["x86_64", "i386", "arm64", "arm", "loongarch64", "powerpc64", "mips-n64", "s390"], names: ["mseal", "openat", "read", "write"] },
  ],
};
const hrefs = (p: string) => suggestionsFor(p, index).map((s) => s.href);

describe("ABI aliases", () => {
  it("map the common other names to ABI ids", () => {
    for (const [alias, abi] of [
      ["amd64", "x86_64"], ["x86-64", "x86_64"], ["x64", "x86_64"], ["aarch64", "arm64"], ["armhf", "arm"], ["armel", "arm"],
      ["arm32", "arm"], ["i686", "i386"], ["i586", "i386"], ["x86", "i386"], ["ia32", "i386"], ["ppc64", "powerpc64"],
      ["ppc64le", "powerpc64"], ["ppc", "powerpc"], ["mips64", "mips-n64"], ["riscv", "riscv64"], ["loong64", "loongarch64"],
      ["s390_31", "s390"], ["AMD64", "x86_64"], ["x86_64", "x86_64"],
    ] as const)
      expect(abiFromAlias(alias), alias).toBe(abi);
    expect(abiFromAlias("vax")).toBeNull();
  });

  it("only point at real ABI ids and never shadow one", () => {
    for (const [alias, abi] of Object.entries(ABI_ALIASES)) {
      expect(ABI_IDS, alias).toContain(abi);
      expect(alias, alias).toBe(alias.toLowerCase());
      expect((ABI_IDS as readonly string[]).includes(alias), alias).toBe(false);
    }
  });
});

describe("suggestionsFor: aliases, other kernels, API", () => {
  it("turns an alias in a table URL into the ABI's table, first", () => {
    expect(hrefs("/linux/6.12/amd64/")[0]).toBe("/linux/6.12/x86_64/");
    expect(hrefs("/linux/6.1/aarch64/")[0]).toBe("/linux/6.1/arm64/");
    expect(hrefs("/latest/i686/")[0]).toBe("/linux/6.12/i386/");
    expect(hrefs("/linux/6.12/ppc64le/")[0]).toBe("/linux/6.12/powerpc64/");
  });

  it("suggests a syscall at the kernels that have it when this kernel lacks it", () => {
    expect(hrefs("/linux/5.10/syscalls/mseal/")[0]).toBe("/linux/6.12/syscalls/mseal/");
    expect(hrefs("/linux/6.1/syscalls/mseal/")).toContain("/linux/6.12/syscalls/mseal/");
    // Present here: no detour to other kernels.
    expect(hrefs("/linux/6.12/syscalls/read/")).not.toContain("/linux/6.1/syscalls/read/");
  });

  it("suggests the kernels that have an ABI this kernel lacks, newest first", () => {
    expect(hrefs("/linux/5.10/loongarch64/").slice(0, 2)).toEqual(["/linux/6.12/loongarch64/", "/linux/6.1/loongarch64/"]);
    expect(hrefs("/linux/5.10/loong64/")[0]).toBe("/linux/6.12/loongarch64/");
  });

  it("fixes ABI names in a diff URL", () => {
    expect(hrefs("/linux/6.12/diff/amd64/aarch64/")).toEqual(["/linux/6.12/diff/x86_64/arm64/"]);
  });

  it("points /api/ misses at the API index, and at the table file meant", () => {
    expect(hrefs("/api/v2/index.json")).toEqual(["/api/v1/index.json"]);
    expect(hrefs("/api/v1/linux/6.12/amd64.csv")).toEqual(["/api/v1/index.json", "/api/v1/linux/6.12/x86_64.csv"]);
    expect(hrefs("/api/v1/linux/6.12/x86-64.json")).toEqual(["/api/v1/index.json", "/api/v1/linux/6.12/x86_64.json"]);
  });

  it("lists each link once", () => {
    for (const p of ["/linux/6.12/x86_64x/", "/linux/6.12/amd64/", "/linux/5.10/loongarch64/"]) {
      const h = hrefs(p);
      expect(new Set(h).size, p).toBe(h.length);
    }
  });

  it("forgives the usual slips: v6.12 or a full release, syscall/ for syscalls/, a name after the ABI, a table file outside /api/", () => {
    expect(hrefs("/linux/v6.1/syscalls/opnat/")[0]).toBe("/linux/6.1/syscalls/openat/");
    expect(hrefs("/linux/6.1.187/aarch64/")[0]).toBe("/linux/6.1/arm64/");
    expect(hrefs("/api/v1/linux/v5.10/amd64.csv")).toEqual(["/api/v1/index.json", "/api/v1/linux/5.10/x86_64.csv"]);
    expect(hrefs("/linux/6.12/syscall/openat/")[0]).toBe("/linux/6.12/syscalls/openat/");
    expect(hrefs("/linux/5.10/sycalls/mseal/")[0]).toBe("/linux/6.12/syscalls/mseal/");
    expect(hrefs("/linux/6.12/arm64/openat/")[0]).toBe("/linux/6.12/syscalls/openat/#arm64");
    expect(hrefs("/linux/6.12/amd64/opnat/")[0]).toBe("/linux/6.12/syscalls/openat/#x86_64");
    expect(hrefs("/linux/6.12/x86_64.json")[0]).toBe("/api/v1/linux/6.12/x86_64.json");
    expect(hrefs("/linux/6.12/amd64.csv")[0]).toBe("/api/v1/linux/6.12/x86_64.csv");
    // A kernel the index does not know stays unknown: not taken for a near series.
    expect(hrefs("/linux/6.13/")).toContain("/linux/6.12/");
    expect(hrefs("/linux/6.10/x86_64/")[0]).toBe("/linux/6.12/x86_64/");
  });
});
