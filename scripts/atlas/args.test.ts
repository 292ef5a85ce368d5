import { describe, expect, it } from "vitest";
import { HelpRequested, parseArgs, UsageError } from "./args";

describe("parseArgs", () => {
  it("parses a diff with defaults", () => {
    expect(parseArgs(["diff", "x86_64", "arm64", "--format", "md"])).toEqual({
      kind: "diff", abiA: "x86_64", abiB: "arm64", kernel: null, data: "data", format: "md", out: null,
    });
  });

  it("takes --opt value and --opt=value", () => {
    expect(parseArgs(["diff", "riscv64", "mips-o32", "--kernel=6.1", "--data", "/tmp/d", "--format=c", "--out", "x.h"])).toMatchObject({
      kernel: "6.1", data: "/tmp/d", format: "c", out: "x.h", abiB: "mips-o32",
    });
  });

  it("parses a kernel diff range", () => {
    expect(parseArgs(["kernel-diff", "arm64", "6.1..6.12", "--format", "json"])).toMatchObject({ kind: "kernel-diff", abi: "arm64", from: "6.1", to: "6.12" });
  });

  it.each([
    [[], /no command/],
    [["frob"], /unknown command "frob"/],
    [["diff", "x86_64"], /two ABIs/],
    [["diff", "x86_64", "amd64", "--format", "md"], /"amd64" is not an ABI id/],
    [["diff", "x86_64", "arm64"], /--format json, md or c/],
    [["diff", "x86_64", "arm64", "--format", "yaml"], /--format json, md or c/],
    [["diff", "x86_64", "arm64", "--format", "md", "--kernel", "6"], /not a kernel id/],
    [["diff", "x86_64", "arm64", "--format", "md", "--verbose"], /unknown option --verbose/],
    [["diff", "x86_64", "arm64", "--format"], /--format needs a value/],
    [["diff", "x86_64", "arm64", "--format", "md", "--format", "c"], /given twice/],
    [["kernel-diff", "arm64", "6.1", "--format", "md"], /kernel range/],
    [["kernel-diff", "arm64", "6.1..6.12", "--format", "c"], /json or md/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it("treats --help as a request, not an error", () => {
    expect(() => parseArgs(["--help"])).toThrow(HelpRequested);
  });
});
