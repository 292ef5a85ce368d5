/**
 * Site benchmark (prints figures; not a test): build time, out/ size, bytes a table page
 * and a syscall page transfer (gzipped HTML + the scripts and styles they reference),
 * keystroke-to-render latency on the biggest table (the `all` page) in Chromium, and
 * Lighthouse (desktop and mobile presets) on those pages and on the 404 page, whose score
 * is the floor that starting Next and React sets on this machine.
 *
 *   tsx scripts/bench/site-bench.ts [--no-build] [--no-lighthouse] [--runs=N]
 *
 * Budgets (from the site's issue): first-load transfer of a table page <= 170 KB gzipped,
 * Lighthouse performance 100 desktop / >= 97 mobile, keystroke p95 <= 33 ms, build <= 10
 * minutes, out/ <= 500 MB. Uses /usr/bin/chromium (CHROME_PATH to override).
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const OUT = path.resolve("out");
const PORT = 4199;
const BASE = `http://127.0.0.1:${PORT}`;
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const args = new Set(process.argv.slice(2));
const runs = Number([...args].find((a) => a.startsWith("--runs="))?.slice(7) ?? 2);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

function measureBuild(): number | null {
  if (args.has("--no-build")) return null;
  const t0 = Date.now();
  const r = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error("build failed");
  return (Date.now() - t0) / 1000;
}

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      const r = dirSize(p);
      bytes += r.bytes;
      files += r.files;
    } else {
      bytes += statSync(p).size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** Gzipped bytes of a page's HTML and of every script and stylesheet it references. */
function pageWeight(urlPath: string) {
  const html = readFileSync(path.join(OUT, urlPath, "index.html"));
  const text = html.toString("utf8");
  const assets = (re: RegExp) => [...new Set([...text.matchAll(re)].map((m) => m[1] ?? ""))];
  // Asset URLs are percent-encoded (webpack names route chunks after folders like `[kernel]`).
  const file = (p: string) => path.join(OUT, decodeURIComponent(p));
  const gz = (p: string) => gzipSync(readFileSync(file(p))).length;
  // Scripts a modern browser loads: `noModule` polyfills are skipped by every current browser.
  const scripts = assets(/<script(?![^>]*noModule)[^>]+src="([^"]+)"/g);
  const styles = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const fonts = assets(/<link[^>]+href="([^"]+\.woff2)"/g);
  const htmlGz = gzipSync(html).length;
  const jsGz = scripts.reduce((n, s) => n + gz(s), 0);
  const cssGz = styles.reduce((n, s) => n + gz(s), 0);
  const fontBytes = fonts.reduce((n, f) => n + statSync(file(f)).size, 0);
  return { htmlRaw: html.length, htmlGz, jsGz, cssGz, scripts: scripts.length, fontBytes, total: htmlGz + jsGz + cssGz };
}

/**
 * In-page probe: from a keydown (its event timestamp) until the table has rendered the
 * new query (`data-query` on the table is the query its rows reflect) and a frame has
 * been painted after that.
 */
const LATENCY_PROBE = `
  window.__lat = [];
  const table = document.querySelector("[data-testid=all-table]");
  document.addEventListener("keydown", (e) => {
    const t0 = e.timeStamp;
    const input = e.target;
    input.addEventListener("input", () => {
      const want = input.value;
      const done = () => requestAnimationFrame(() => setTimeout(() => window.__lat.push(performance.now() - t0), 0));
      if (table.getAttribute("data-query") === want) return done();
      const obs = new MutationObserver(() => {
        if (table.getAttribute("data-query") === want) { obs.disconnect(); done(); }
      });
      obs.observe(table, { attributes: true, attributeFilter: ["data-query"] });
    }, { once: true });
  }, true);
`;

async function keystrokeLatency(urlPath: string): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.goto(BASE + urlPath);
  await page.mouse.move(1, 1); // the interactive table loads on first use
  await page.getByTestId("all-table").waitFor();
  // A string, not a function: tsx would wrap a function with helpers the page does not have.
  await page.evaluate(LATENCY_PROBE);
  const box = page.getByTestId("syscall-search");
  await box.click();
  await page.waitForTimeout(500); // search index and fuse.js load on focus
  for (const word of ["openat", "read", "clock", "0x3b", "sock", "epoll", "futex", "59"]) {
    for (const ch of word) {
      await page.keyboard.press(ch);
      await page.waitForTimeout(120);
    }
    for (let i = 0; i < word.length; i++) {
      await page.keyboard.press("Backspace");
      await page.waitForTimeout(120);
    }
  }
  await page.waitForTimeout(300);
  const lat: unknown = await page.evaluate("window.__lat");
  if (!Array.isArray(lat) || !lat.every((x) => typeof x === "number")) throw new Error("latency probe failed");
  await browser.close();
  return lat;
}

function lighthouse(url: string, preset: "desktop" | "mobile"): Record<string, number> {
  const out = execFileSync(
    "npx",
    [
      "-y",
      "lighthouse@12.8.2",
      url,
      "--quiet",
      "--output=json",
      "--only-categories=performance,accessibility,best-practices,seo",
      `--chrome-flags=${FLAGS.join(" ")}`,
      ...(preset === "desktop" ? ["--preset=desktop"] : []),
    ],
    { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 1 << 28 },
  ).toString();
  const r = JSON.parse(out) as {
    categories: Record<string, { score: number }>;
    audits: Record<string, { numericValue?: number }>;
  };
  const score = (c: string) => Math.round((r.categories[c]?.score ?? 0) * 100);
  const ms = (a: string) => Math.round(r.audits[a]?.numericValue ?? NaN);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    fcpMs: ms("first-contentful-paint"),
    lcpMs: ms("largest-contentful-paint"),
    tbtMs: ms("total-blocking-time"),
    cls: Number((r.audits["cumulative-layout-shift"]?.numericValue ?? NaN).toFixed(3)),
    domSize: ms("dom-size"),
  };
}

async function main() {
  const buildSeconds = measureBuild();
  const latest: string = JSON.parse(readFileSync(path.join(OUT, "api/v1/index.json"), "utf8")).latest;
  const table = `/linux/${latest}/x86_64/`;
  const syscall = `/linux/${latest}/syscalls/openat/`;
  const all = `/linux/${latest}/all/`;

  console.log("\n== Build and output");
  console.log(`build time: ${buildSeconds === null ? "skipped (--no-build)" : `${buildSeconds.toFixed(0)} s`} (budget 600 s)`);
  const size = dirSize(OUT);
  console.log(`out/: ${mb(size.bytes)} in ${size.files} files (budget 500 MB)`);

  console.log("\n== Page weight (gzipped)");
  for (const p of [table, all, syscall]) {
    const w = pageWeight(p);
    console.log(
      `${p}: HTML ${kb(w.htmlGz)} (raw ${kb(w.htmlRaw)}), JS ${kb(w.jsGz)} in ${w.scripts} scripts, CSS ${kb(w.cssGz)}; ` +
        `first-load JS+CSS ${kb(w.jsGz + w.cssGz)}, with HTML ${kb(w.total)}; preloaded fonts ${kb(w.fontBytes)}`,
    );
  }
  console.log("budget: <= 170 KB first-load transfer on a table page (Next + React alone ~136 KB)");

  const server = spawn(process.execPath, ["scripts/serve-out.mjs", String(PORT), OUT], { stdio: "ignore" });
  try {
    await new Promise((r) => setTimeout(r, 500));
    console.log(`\n== Keystroke to render on ${all} (typing with 120 ms between keys)`);
    const lat = await keystrokeLatency(all);
    console.log(`${lat.length} keystrokes: p50 ${pct(lat, 50).toFixed(1)} ms, p95 ${pct(lat, 95).toFixed(1)} ms, max ${Math.max(...lat).toFixed(1)} ms (budget p95 <= 33 ms)`);

    if (!args.has("--no-lighthouse")) {
      console.log(`\n== Lighthouse 12.8.2 (${runs} run(s) each; the mobile preset is noisy on 2 shared cores)`);
      // The 404 page is the floor: the site's header and footer on Next and React, no table.
      const summary: string[] = [];
      for (const p of [table, all, syscall, "/404.html"])
        for (const preset of ["desktop", "mobile"] as const) {
          const results = Array.from({ length: runs }, () => lighthouse(BASE + p, preset));
          results.forEach((r) => console.log(`${preset.padEnd(7)} ${p}: ${JSON.stringify(r)}`));
          const perf = results.map((r) => r.performance ?? NaN);
          const tbt = results.map((r) => r.tbtMs ?? NaN);
          summary.push(
            `${preset.padEnd(7)} ${p}: performance median ${pct(perf, 50)} (${Math.min(...perf)}-${Math.max(...perf)}), TBT median ${pct(tbt, 50)} ms`,
          );
        }
      console.log(`\n${summary.join("\n")}`);
      console.log("budget: performance 100 desktop, >= 97 mobile (the 404 page is the floor Next and React set)");
    }
  } finally {
    server.kill();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
