// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { restoreUi, snapshotUi } from "./ui-snapshot";

const TOOLBAR = `
  <input data-testid="syscall-search">
  <details data-testid="category-filter"><summary>Categories</summary><input type="checkbox"></details>
  <details data-testid="column-picker"><summary>Columns</summary></details>
  <input type="checkbox" data-testid="impl-filter">`;

function island(): HTMLElement {
  const div = document.createElement("div");
  div.innerHTML = TOOLBAR;
  document.body.append(div);
  return div;
}

describe("focus and open menus carried from the pre-rendered toolbar to the live one", () => {
  beforeEach(() => {
    document.body.innerHTML = "";
  });

  it("puts the focus back on the control with the same test id, and reopens the same menus", () => {
    const before = island();
    before.querySelector<HTMLInputElement>("[data-testid=syscall-search]")?.focus();
    before.querySelector("[data-testid=category-filter]")?.setAttribute("open", "");
    const snap = snapshotUi(before);
    before.remove();

    const after = island();
    restoreUi(after, snap);
    expect(document.activeElement).toBe(after.querySelector("[data-testid=syscall-search]"));
    expect(after.querySelector("[data-testid=category-filter]")?.hasAttribute("open")).toBe(true);
    expect(after.querySelector("[data-testid=column-picker]")?.hasAttribute("open")).toBe(false);
  });

  it("finds a focused menu button through its menu", () => {
    const before = island();
    before.querySelector<HTMLElement>("[data-testid=column-picker] > summary")?.focus();
    const snap = snapshotUi(before);
    expect(snap.focus).not.toBeNull();
    before.remove();
    const after = island();
    restoreUi(after, snap);
    expect(document.activeElement).toBe(after.querySelector("[data-testid=column-picker] > summary"));
  });

  it("leaves the focus alone when it was outside the table", () => {
    const outside = document.createElement("button");
    document.body.append(outside);
    const before = island();
    outside.focus();
    const snap = snapshotUi(before);
    expect(snap).toEqual({ focus: null, open: [] });
    restoreUi(island(), snap);
    expect(document.activeElement).toBe(outside);
  });
});
