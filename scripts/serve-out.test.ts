/**
 * The static server people get from `npm start` and the browser tests use: folders map to
 * index.html, misses get the 404 page with status 404, OG images are PNGs, text is gzipped,
 * nothing outside the folder is reachable.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const PORT = 4391;
const base = `http://127.0.0.1:${PORT}`;
let dir: string;
let server: ChildProcess;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "atlas-serve-"));
  mkdirSync(path.join(dir, "linux/6.12/x86_64"), { recursive: true });
  writeFileSync(path.join(dir, "index.html"), "<h1>home</h1>");
  writeFileSync(path.join(dir, "404.html"), "<h1>Page not found</h1>");
  writeFileSync(path.join(dir, "linux/6.12/x86_64/index.html"), `<h1>table</h1>${"<tr><td>row</td></tr>".repeat(200)}`);
  writeFileSync(path.join(dir, "opengraph-image"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  server = spawn(process.execPath, [path.resolve(import.meta.dirname, "serve-out.mjs"), String(PORT), dir], { stdio: "pipe" });
  await new Promise<void>((resolve, reject) => {
    server.stdout?.on("data", (d: Buffer) => d.toString().includes("Serving") && resolve());
    server.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
});

afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe("serve-out", () => {
  it("serves a folder's index.html, with or without the trailing slash", async () => {
    for (const url of ["/linux/6.12/x86_64/", "/linux/6.12/x86_64"]) {
      const res = await fetch(base + url);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await res.text()).toContain("<h1>table</h1>");
    }
  });

  it("answers a miss with the 404 page and status 404", async () => {
    const res = await fetch(`${base}/linux/6.12/syscalls/opnat/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Page not found");
  });

  it("sends image/png for the extension-less Open Graph image", async () => {
    const res = await fetch(`${base}/opengraph-image`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
  });

  it("gzips text for clients that accept it", async () => {
    // node:http, not fetch: fetch would undo the compression before we could see it.
    const { encoding, body } = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      get(`${base}/linux/6.12/x86_64/`, { headers: { "Accept-Encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
      }).on("error", reject);
    });
    expect(encoding).toBe("gzip");
    expect(body.length).toBeLessThan(2000);
    expect(gunzipSync(body).toString()).toContain("<h1>table</h1>");
  });

  it("never serves a file outside the folder", async () => {
    const res = await fetch(`${base}/..%2f..%2fetc%2fpasswd`);
    expect(res.status).toBe(404);
  });

  it("refuses methods other than GET and HEAD", async () => {
    expect((await fetch(`${base}/`, { method: "POST" })).status).toBe(405);
  });
});
