import type { NextConfig } from "next";

/**
 * A static site: `next build` writes plain files into out/ that any static host can serve.
 * No side effects here; data is prepared by `npm run build:data` beforehand.
 *
 * `npm run build` runs `next build --webpack`, not the default Turbopack: on the same pages
 * webpack's output starts and runs faster in the browser (mobile Lighthouse total blocking
 * time ~165 ms against ~235 ms, keystroke-to-render p95 on the `all` page ~29 ms against
 * ~34 ms, measured side by side in CONTRIBUTING's benchmark notes). `next dev` keeps Turbopack.
 */
const nextConfig: NextConfig = {
  output: "export",
  // /linux/6.12/x86_64/ -> out/linux/6.12/x86_64/index.html, so folders map to pages.
  trailingSlash: true,
  // next/image would otherwise emit optimizer URLs that 404 on a static host.
  images: { unoptimized: true },
  reactStrictMode: true,
  // Source maps only for local profiling (ATLAS_SOURCEMAPS=1); never shipped by default.
  productionBrowserSourceMaps: process.env.ATLAS_SOURCEMAPS === "1",
  poweredByHeader: false,
  // Types are checked once, for the whole repo, by `npm run typecheck` (part of `npm test`);
  // next build would check everything again (and fail on unrelated script tests in progress).
  typescript: { ignoreBuildErrors: true },
  // `next dev` would otherwise contact the registry about upgrades.
  experimental: { agentUpgrade: false },
};

export default nextConfig;
