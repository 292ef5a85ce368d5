import { describe, expect, it } from "vitest";
import { argOptions } from "./small-filters";

describe("argOptions", () => {
  it("offers the counts the rows have, sorted, without unknown (-1)", () => {
    expect(argOptions([3, 0, 6, -1, 3, 1], null)).toEqual([0, 1, 3, 6]);
  });
  it("keeps a selected count from the URL even when no row has it", () => {
    expect(argOptions([0, 1], 7)).toEqual([0, 1, 7]);
  });
});
