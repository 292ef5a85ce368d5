/** Absolute origin for canonical links, Open Graph URLs and the sitemap (build time only). */
export function siteOrigin(): string {
  return (process.env.ATLAS_SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}
