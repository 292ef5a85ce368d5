#!/usr/bin/env node
/**
 * A small static server for the exported site: `node scripts/serve-out.mjs [port] [dir]`.
 * Maps folders to index.html, serves 404.html (status 404) on a miss, sends image/png for
 * the extension-less opengraph-image files, and gzips text like a real static host would
 * (so size-sensitive measurements such as Lighthouse see realistic transfers).
 * Binds to 127.0.0.1 only.
 */
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { createGzip } from "node:zlib";

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const root = path.resolve(process.argv[3] ?? "out");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
};

function typeOf(file) {
  if (/(^|\/)(opengraph|twitter)-image(-[\w]+)?$/.test(file)) return "image/png";
  return TYPES[path.extname(file)] ?? "application/octet-stream";
}

function resolveFile(urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.join(root, rel);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  for (const candidate of [file, path.join(file, "index.html"), `${file}.html`]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

function send(req, res, file, status) {
  const type = typeOf(file);
  const headers = { "Content-Type": type, "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff" };
  const compress = /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
  if (compress) headers["Content-Encoding"] = "gzip";
  else headers["Content-Length"] = statSync(file).size;
  res.writeHead(status, headers);
  if (req.method === "HEAD") return res.end();
  const stream = createReadStream(file);
  (compress ? stream.pipe(createGzip()) : stream).pipe(res);
}

const server = createServer((req, res) => {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const { pathname } = new URL(req.url ?? "/", "http://localhost");
  const file = resolveFile(pathname);
  if (file) return send(req, res, file, 200);
  const notFound = path.join(root, "404.html");
  try {
    statSync(notFound);
    send(req, res, notFound, 404);
  } catch {
    res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found\n");
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}/`);
});
