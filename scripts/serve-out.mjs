#!/usr/bin/env node
/**
 * Serve the exported site: `node scripts/serve-out.mjs [port] [dir]` (127.0.0.1 only).
 * sirv does the static serving (folders to index.html, MIME types, ETags, ranges, path
 * safety); `compression` gzips text as a real static host would, so size-sensitive
 * measurements such as Lighthouse see realistic transfers. Ours: the 404 page with a 404
 * status on a miss, and image/png for the extension-less opengraph-image files.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import compression from "compression";
import sirv from "sirv";

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const root = path.resolve(process.argv[3] ?? "out");
const OG_IMAGE = /(^|\/)(opengraph|twitter)-image(-\w+)?$/;

function notFound(req, res) {
  let page = null;
  try {
    page = readFileSync(path.join(root, "404.html"));
  } catch {
    // no 404 page in this export: plain text below
  }
  res.statusCode = 404;
  res.setHeader("Content-Type", page ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
  res.end(req.method === "HEAD" ? undefined : (page ?? "Not found\n"));
}

const serveStatic = sirv(root, {
  dev: false,
  etag: true,
  extensions: ["html"],
  setHeaders(res, pathname) {
    res.setHeader("Cache-Control", "no-cache");
    res.setHeader("X-Content-Type-Options", "nosniff");
    if (OG_IMAGE.test(pathname)) res.setHeader("Content-Type", "image/png");
  },
  onNoMatch: notFound,
});
const gzip = compression();

const server = createServer((req, res) => {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  gzip(req, res, () => serveStatic(req, res, () => notFound(req, res)));
});

server.listen(port, "127.0.0.1", () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}/`);
});
