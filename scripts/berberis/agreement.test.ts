/**
 * Agreement between OUR extracted 6.1 data (data/linux/6.1/<abi>.json) and the Berberis
 * import of /work/shared/berberis: parameter counts must agree for >= 98% of the syscalls
 * both have whose Berberis params come from a DWARF prototype, every disagreement must
 * be explained in expected-disagreements.ts, numbers must match, and so must the sets of
 * syscalls (with the differences explained there too). Fails (does not skip)
 * when our data is missing or has no params yet.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { abiFileSchema, formatSchemaError, type AbiFile, type AbiId } from "@/lib/schema/kernel-api";
import { ABI_OF_ARCH, BERBERIS_ARCHES } from "./arches";
import { agreement, checkExpected, compareParamCounts, type AbiComparison } from "./compare-params";
import { EXPECTED_DISAGREEMENTS, EXPECTED_NR_MISMATCHES, EXPECTED_ONLY_ONE_SIDE } from "./expected-disagreements";
import { generate } from "./generate";
import { readInputs } from "./read-inputs";

const root = resolve(import.meta.dirname, "../..");
const BERBERIS_DIR = resolve(root, "../shared/berberis");
const DATA_DIR = join(root, "data/linux/6.1");
const ABIS: AbiId[] = BERBERIS_ARCHES.map((arch) => ABI_OF_ARCH[arch]);
const TARGET = 0.98;
/** Our params must be present for this share of the syscalls Berberis has DWARF params for. */
const MIN_COVERAGE = 0.95;
const DWARF = new Set(["dwarf-entry", "dwarf-name"]);

function loadOurs(abi: AbiId): AbiFile | string {
  const path = join(DATA_DIR, `${abi}.json`);
  if (!existsSync(path)) return `${path} is missing (run the extractor: npm run data:extract)`;
  const parsed = abiFileSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  return parsed.success ? parsed.data : formatSchemaError(path, parsed.error);
}

function compareAll(): { comparisons: AbiComparison[]; problems: string[] } {
  const imported = generate(readInputs(BERBERIS_DIR), { kernel: "6.1", command: "agreement test" });
  const problems: string[] = [];
  const comparisons: AbiComparison[] = [];
  for (const abi of ABIS) {
    const ours = loadOurs(abi);
    const theirs = imported.files.find((f) => f.abi === abi)?.data;
    if (typeof ours === "string" || !theirs) {
      problems.push(typeof ours === "string" ? ours : `no Berberis ${abi}`);
      continue;
    }
    const sources = imported.paramSources.get(abi);
    comparisons.push(compareParamCounts(ours, theirs, (name) => sources?.get(name) ?? "unknown"));
  }
  return { comparisons, problems };
}

describe("agreement of our 6.1 data with Berberis", () => {
  const { comparisons, problems } = compareAll();
  const rows = comparisons.flatMap((c) => c.rows);
  const dwarfRows = rows.filter((r) => DWARF.has(r.berberisSource));

  it("has our data for x86_64, i386, arm64, arm, riscv64", () => {
    expect(problems).toEqual([]);
  });

  it("has our params for most syscalls Berberis has DWARF params for", () => {
    expect(comparisons.map((c) => c.abi)).toEqual(ABIS);
    for (const c of comparisons) {
      const missing = c.oursMissing.filter((m) => DWARF.has(m.berberisSource)).map((m) => m.name);
      const candidates = c.rows.filter((r) => DWARF.has(r.berberisSource)).length + missing.length;
      const coverage = candidates ? (candidates - missing.length) / candidates : 0;
      expect({ abi: c.abi, coverageOk: coverage >= MIN_COVERAGE, coverage, missing }).toMatchObject({ abi: c.abi, coverageOk: true });
    }
  });

  it(`agrees on parameter counts for >= ${TARGET * 100}% of the syscalls compared with DWARF prototypes`, () => {
    const summary = comparisons.map((c) => ({ abi: c.abi, ...agreement(c.rows.filter((r) => DWARF.has(r.berberisSource))) }));
    const total = agreement(dwarfRows);
    console.info(
      [
        `parameter-count agreement with Berberis DWARF: ${total.agreed}/${total.compared} = ${(total.rate * 100).toFixed(2)}%`,
        ...summary.map((s) => `  ${s.abi}: ${s.agreed}/${s.compared}`),
        `all Berberis sources: ${agreement(rows).agreed}/${rows.length}`,
      ].join("\n"),
    );
    expect(total.compared).toBeGreaterThan(1000);
    expect(total.rate).toBeGreaterThanOrEqual(TARGET);
  });

  it("explains every disagreement (any Berberis source), and no explanation is stale", () => {
    const actual = comparisons.flatMap((c) => c.disagreements);
    expect(checkExpected(actual, EXPECTED_DISAGREEMENTS)).toEqual({ unexplained: [], stale: [] });
    for (const d of EXPECTED_DISAGREEMENTS) expect(d.reason.length).toBeGreaterThan(20);
  });

  it("agrees on the number of every syscall both have", () => {
    expect(comparisons).toHaveLength(ABIS.length);
    const actual = comparisons.flatMap((c) => c.nrMismatches.map((m) => ({ abi: c.abi, ...m })));
    expect(actual).toEqual(EXPECTED_NR_MISMATCHES.map(({ reason: _reason, ...m }) => m));
  });

  it("has the same syscalls, except the ones explained", () => {
    expect(comparisons).toHaveLength(ABIS.length);
    const actual = comparisons.flatMap((c) => [
      ...c.onlyOurs.map((name) => ({ abi: c.abi, name, side: "ours" })),
      ...c.onlyBerberis.map((name) => ({ abi: c.abi, name, side: "berberis" })),
    ]);
    const key = (d: { abi: string; name: string; side: string }) => `${d.abi} ${d.name} only in ${d.side}`;
    expect(actual.map(key).sort()).toEqual(EXPECTED_ONLY_ONE_SIDE.map(key).sort());
  });
});
