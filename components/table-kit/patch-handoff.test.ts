import { describe, expect, it } from "vitest";
import { TABLE_DEFAULTS, type TableState } from "@/lib/url-state/default-state";
import { createPatchHandoff } from "./patch-handoff";

describe("patch hand-off from the pre-rendered toolbar to the live table", () => {
  it("merges the changes in order and hands them over once", () => {
    const h = createPatchHandoff<TableState>();
    expect(h.take()).toBeNull();
    h.note({ q: "o" });
    h.note({ cat: ["file"] });
    h.note({ q: "open" });
    expect(h.take()).toEqual({ q: "open", cat: ["file"] });
    expect(h.take()).toBeNull();
  });

  it("keeps a reset (null) so that the live table clears what the URL had", () => {
    const h = createPatchHandoff<TableState>();
    h.note({ args: 3 });
    h.note({ args: null });
    expect(h.take()).toEqual({ args: null });
    expect(TABLE_DEFAULTS.args).toBeNull();
  });
});
