/**
 * Where the rows for readers without JavaScript go. A pre-rendered table (the one-ABI table,
 * the `all` table) leaves an empty `<tbody data-nojs-rows="<key>">` inside its <noscript>;
 * after `next build`, scripts/build-data/no-js-rows.tsx replaces it in the exported HTML
 * with the rows that follow the first screen. Rendering those rows in React instead would
 * send them twice (as markup and again in the hydration payload). The key names the table:
 * `<kernel>` for the `all` table, `<kernel>/<abi>` for one ABI's.
 */
export const NO_JS_ROWS_ATTR = "data-nojs-rows";

/** The empty element exactly as React renders it into the HTML. */
export const noJsRowsMarker = (key: string) => `<tbody ${NO_JS_ROWS_ATTR}="${key}"></tbody>`;
