import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { jsonErrorPosition, parseJsonText, positionAt } from "./json-text";
import { readKernelDir } from "./output/kernel-dir";

const dir = mkdtempSync(join(tmpdir(), "atlas-json-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("json-text", () => {
  it("turns an offset into a 1-based line and column", () => {
    expect(positionAt("ab\ncd\nef", 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt("ab\ncd\nef", 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt("ab\ncd\nef", 6)).toEqual({ line: 3, column: 1 });
  });

  it("locates V8's messages, and a truncated text at its end", () => {
    expect(jsonErrorPosition('{\n  "a": 1\n  "b": 2\n}', "Expected ',' or '}' after property value in JSON at position 13")).toEqual({ line: 3, column: 3 });
    expect(jsonErrorPosition('{\n  "a": [', "Unexpected end of JSON input")).toEqual({ line: 2, column: 9 });
    expect(jsonErrorPosition("x", "Unexpected token 'x', \"x\" is not valid JSON")).toBeNull();
  });

  it("reports file:line:column for real JSON.parse errors", () => {
    expect(parseJsonText('{"a": [1, 2]}', "f.json")).toEqual({ a: [1, 2] });
    expect(() => parseJsonText('{\n  "a": 1,\n  "b" 2\n}', "f.json")).toThrow(/^f\.json:3:7: invalid JSON: /);
    expect(() => parseJsonText('{\n  "a": [1,', "f.json")).toThrow(/^f\.json:2:11: invalid JSON: Unexpected end of JSON input$/);
  });

  it("is what reading an existing kernel directory reports (the since pass reads them)", () => {
    mkdirSync(join(dir, "6.1"));
    writeFileSync(join(dir, "6.1/manifest.json"), '{\n  "schemaVersion": 1,\n  "kernel": "6.1"\n  "release": "6.1.0"\n}\n');
    expect(() => readKernelDir(dir, "6.1")).toThrow(`${join(dir, "6.1/manifest.json")}:4:3: invalid JSON: `); // V8 stops at the token after the missing comma
  });
});
