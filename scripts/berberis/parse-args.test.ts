import { describe, expect, it } from "vitest";
import { parseArgs } from "./parse-args";

describe("parseArgs", () => {
  it("reads <dir> --out <dir>, with --kernel defaulting to 6.1", () => {
    expect(parseArgs(["../shared/berberis", "--out", "/tmp/o"])).toEqual({ dir: "../shared/berberis", out: "/tmp/o", kernel: "6.1" });
    expect(parseArgs(["--kernel=6.12", "--out=/tmp/o", "d"])).toEqual({ dir: "d", out: "/tmp/o", kernel: "6.12" });
  });

  it("explains what is wrong", () => {
    expect(parseArgs(["d"])).toEqual({ error: "missing --out <dir>" });
    expect(parseArgs(["--out", "o"])).toEqual({ error: "missing <berberis-dir>" });
    expect(parseArgs(["d", "--out"])).toEqual({ error: "--out needs a value" });
    expect(parseArgs(["d", "--out", "o", "--kernel", "latest"])).toEqual({ error: "--kernel latest: must look like 6.1" });
    expect(parseArgs(["d", "e", "--out", "o"])).toEqual({ error: "unexpected argument e" });
    expect(parseArgs(["d", "--out", "o", "-x"])).toEqual({ error: "unknown option -x" });
  });
});
