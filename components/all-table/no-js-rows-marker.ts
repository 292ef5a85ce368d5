/**
 * Where the rows for readers without JavaScript go. The pre-rendered `all` table leaves an
 * empty `<tbody data-nojs-rows="<kernel>">` inside its <noscript>; after `next build`,
 * scripts/build-data/no-js-rows.tsx fills it in the exported HTML. Rendering those rows in
 * React instead would send them twice (as markup and again in the hydration payload).
 */
export const NO_JS_ROWS_ATTR = "data-nojs-rows";

/** The empty element exactly as React renders it into the HTML. */
export const noJsRowsMarker = (kernel: string) => `<tbody ${NO_JS_ROWS_ATTR}="${kernel}"></tbody>`;
