import { describe, expect, it } from "vitest";
import { diffAbis } from "./abi-diff";
import { renderAbiDiffMarkdown, renderKernelDiffMarkdown } from "./format-markdown";
import { diffKernels } from "./kernel-diff";
import { abiFile, sys } from "./test-fixtures";

describe("markdown reports", () => {
  it("lists missing calls with equivalents and translation reasons", () => {
    const a = abiFile("x86_64", [sys("open", 2, []), sys("read", 0, [["fd", "int", 4]]), sys("getpid", 39, [])]);
    const b = abiFile("arm64", [sys("openat", 56, []), sys("read", 63, [["fd", "long", 8]]), sys("getpid", 172, [])]);
    const md = renderAbiDiffMarkdown(diffAbis(a, b));
    expect(md).toContain("# x86_64 vs arm64, Linux 6.12");
    expect(md).toContain("| only on x86_64 | 1 |");
    expect(md).toMatch(/\| open \| 2 \| openat \(56\): open\(p, f, m\) is openat/);
    expect(md).toContain("| read | 0 | 63 | arg 1 (fd): 4 bytes on x86_64, 8 on arm64 |");
    expect(md).toContain("## Renumbered (1)");
  });

  it("lists kernel changes", () => {
    const md = renderKernelDiffMarkdown(
      diffKernels(abiFile("arm64", [sys("read", 63, [])], { kernel: "6.1" }), abiFile("arm64", [sys("read", 63, []), sys("mseal", 462, [])])),
    );
    expect(md).toContain("# arm64: Linux 6.1 -> 6.12");
    expect(md).toContain("| mseal | added |  | 462 |  |");
  });
});
