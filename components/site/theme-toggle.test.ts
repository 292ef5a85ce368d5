import { describe, expect, it } from "vitest";
import { nextMode } from "./theme-toggle";

describe("nextMode", () => {
  it("cycles system -> dark -> light -> system on a light system", () => {
    expect(nextMode("system", false)).toBe("dark");
    expect(nextMode("dark", false)).toBe("light");
    expect(nextMode("light", false)).toBe("system");
  });
  it("cycles system -> light -> dark -> system on a dark system", () => {
    expect(nextMode("system", true)).toBe("light");
    expect(nextMode("light", true)).toBe("dark");
    expect(nextMode("dark", true)).toBe("system");
  });
});
