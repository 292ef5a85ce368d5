/**
 * Classification of syscalls for the extractor: strace classes, "since" versions and man
 * page presence. See README.md for the rules and the decisions behind them.
 */
export { categorize, entryBaseName, type CategorizeInput } from "./categorize";
export { buildManPages, hasManPage, manVersion, soLinkTarget, type ManFile, type ManPages } from "./man-pages";
export { loadManPages, manPagesFromDeb, MAN_PACKAGE } from "./man-pages-load";
export { computeSince, documentedSince, formatRange, type Presence, type SinceMap } from "./since";
