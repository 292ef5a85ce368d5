import { describe, expect, it } from "vitest";
import { ALL_DEFAULTS, applyPatch, TABLE_DEFAULTS } from "./default-state";
import { loadAllParams, loadTableParams } from "./table-params";

describe("default view state", () => {
  it("is what the URL parsers give for an empty query string", () => {
    expect(TABLE_DEFAULTS).toEqual(loadTableParams(""));
    expect(ALL_DEFAULTS).toEqual(loadAllParams(""));
  });

  it("applies a patch in order: values replace, null restores the default, absent keys stay", () => {
    const typed = applyPatch(TABLE_DEFAULTS, TABLE_DEFAULTS, { q: "open", cat: ["file"] });
    expect(typed.q).toBe("open");
    expect(typed.cat).toEqual(["file"]);
    const cleared = applyPatch(TABLE_DEFAULTS, { ...typed, impl: true }, { q: null, cat: null });
    expect(cleared).toEqual({ ...TABLE_DEFAULTS, impl: true });
    expect(applyPatch(TABLE_DEFAULTS, typed, {})).toEqual(typed);
  });

  it("does not change the state it is given", () => {
    const state = { ...ALL_DEFAULTS };
    applyPatch(ALL_DEFAULTS, state, { every: true });
    expect(state.every).toBe(false);
  });
});
