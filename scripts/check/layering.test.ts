/**
 * The layering rules from CONTRIBUTING, checked on the real tree: routes on top,
 * components below, lib/ at the bottom, the schema on the ground floor, no cycles.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const LAYERS = ["app", "components", "lib", "scripts"] as const;

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts|mjs)$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = resolve(dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.mjs`, join(base, "index.ts"), join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function importsOf(file: string): { spec: string; target: string | null }[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(IMPORT)].map((m) => {
    const spec = (m[1] ?? m[2]) as string;
    return { spec, target: resolveImport(file, spec) };
  });
}

const files = LAYERS.flatMap((layer) => sourceFiles(join(root, layer)));
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const layerOf = (file: string) => relative(root, file).split("/")[0];

describe("layering", () => {
  it("keeps the schema on the ground floor (imports only zod and itself)", () => {
    const inSchema = (f: string) => relative(root, f).startsWith("lib/schema/");
    const bad = files
      .filter((f) => inSchema(f) && !f.endsWith(".test.ts"))
      .flatMap((f) =>
        (graph.get(f) ?? [])
          .filter((i) => i.spec !== "zod" && !(i.target && inSchema(i.target)))
          .map((i) => `${relative(root, f)} -> ${i.spec}`),
      );
    expect(bad).toEqual([]);
  });

  it("never imports upward (lib below components below app; scripts may use lib only, but for the post-build page renderer)", () => {
    const allowed: Record<string, string[]> = {
      lib: ["lib"],
      components: ["components", "lib"],
      app: ["app", "components", "lib"],
      scripts: ["scripts", "lib"],
    };
    // The one post-build step that renders markup into the exported pages does it with the
    // page's own components (so its rows read exactly as the page's): it sits at app level.
    const rendersIntoPages = /^scripts\/build-data\/no-js-rows\.(test\.)?tsx$/;
    const bad: string[] = [];
    for (const [file, imports] of graph) {
      const from = layerOf(file) as string;
      const may = rendersIntoPages.test(relative(root, file)) ? [...(allowed.app ?? []), "scripts"] : allowed[from];
      for (const i of imports) {
        if (!i.target) continue;
        const to = layerOf(i.target) as string;
        if (LAYERS.includes(to as (typeof LAYERS)[number]) && !may?.includes(to)) bad.push(`${relative(root, file)} -> ${i.spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("has no import cycles", () => {
    const state = new Map<string, "visiting" | "done">();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "visiting") {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(root, f)).join(" -> "));
        return;
      }
      state.set(file, "visiting");
      for (const i of graph.get(file) ?? []) if (i.target && graph.has(i.target)) visit(i.target, [...path, file]);
      state.set(file, "done");
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  // Value imports only: `import type` is erased, `import()` is a lazy chunk.
  const VALUE_IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^'"]*?from\s*["']([^"']+)["']/g;
  const valueImports = (file: string) =>
    [...readFileSync(file, "utf8").matchAll(VALUE_IMPORT)].map((m) => ({ spec: m[1] as string, target: resolveImport(file, m[1] as string) }));
  /** Chains of static value imports from `entries` that reach a package `forbidden` names. */
  const staticReach = (entries: Iterable<string>, forbidden: (spec: string) => boolean, allowed = new Set<string>()) => {
    const bad: string[] = [];
    const seen = new Set<string>();
    const visit = (file: string, chain: string[]) => {
      if (seen.has(file) || allowed.has(file)) return;
      seen.add(file);
      for (const i of valueImports(file)) {
        if (forbidden(i.spec)) bad.push([...chain, file, i.spec].map((f) => (f.startsWith("/") ? relative(root, f) : f)).join(" -> "));
        else if (i.target && /\.(ts|tsx)$/.test(i.target)) visit(i.target, [...chain, file]);
      }
    };
    for (const file of entries) visit(file, []);
    return bad;
  };

  it("keeps zod out of browser code loaded with every page (client components, static imports)", () => {
    // The diff pages validate the API files they fetch: that island needs zod by design.
    const allowed = new Set([join(root, "components/diff/use-abi-files.ts")]);
    const clientFiles = files.filter((f) => /^["']use client["']/.test(readFileSync(f, "utf8").trimStart()) && !f.endsWith(".test.ts"));
    expect(staticReach(clientFiles, (spec) => spec === "zod" || spec.startsWith("zod/"), allowed)).toEqual([]);
  });

  it("keeps the live tables' libraries (nuqs, TanStack) out of the pre-rendered tables", () => {
    // They load on first use (use-live-module.ts); the pre-rendered table and its toolbar must not need them.
    const islands = ["components/syscall-table/syscall-table.tsx", "components/all-table/all-table.tsx"].map((f) => join(root, f));
    expect(staticReach(islands, (spec) => spec === "nuqs" || spec.startsWith("nuqs/") || spec.startsWith("@tanstack/"))).toEqual([]);
    // And the check sees those libraries where they are used.
    expect(staticReach([join(root, "components/syscall-table/live-syscall-table.tsx")], (spec) => spec.startsWith("nuqs"))).not.toEqual([]);
  });

  it("finds the files it checks (the scan itself works)", () => {
    expect(graph.has(join(root, "lib/schema/kernel-api.ts"))).toBe(true);
    expect(graph.get(join(root, "lib/registers.ts"))?.some((i) => i.target?.endsWith("lib/abi-info.ts"))).toBe(true);
  });
});
