import { test as base, expect, type Page } from "@playwright/test";

/**
 * Every test page fails on a console error, an uncaught exception or a failed request
 * to our own origin (a missing chunk, index or page).
 */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      const consoleErrors: { text: string; url: string }[] = [];
      const missingPages = new Set<string>();
      page.on("console", (m) => {
        if (m.type() === "error") consoleErrors.push({ text: m.text(), url: m.location().url });
      });
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("requestfailed", (r) => {
        // ERR_ABORTED: the test navigated away while a fetch (e.g. the search index) was in flight.
        const why = r.failure()?.errorText ?? "";
        if (why !== "net::ERR_ABORTED") problems.push(`request failed: ${r.url()} ${why}`);
      });
      page.on("response", (r) => {
        // Tests of the 404 page visit missing pages on purpose; everything else must exist.
        if (r.status() === 404 && r.request().isNavigationRequest()) missingPages.add(r.url());
        else if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      await use(problems);
      for (const e of consoleErrors) {
        const expected404 = e.text.startsWith("Failed to load resource") && missingPages.has(e.url);
        if (!expected404) problems.push(`console error: ${e.text} (${e.url})`);
      }
      expect(problems, "problems seen on the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Moves the mouse as a person arriving on the page does, which loads the interactive
 * table (a page opened without view state in its URL shows the pre-rendered one until
 * the first sign of use), and waits until it has replaced the pre-rendered one.
 */
export async function interactive(page: Page, testId = "syscall-table") {
  await page.mouse.move(1, 1);
  await page.mouse.move(2, 2);
  await expect(page.getByTestId(testId)).toBeVisible();
}

/** Names of the rows currently in the one-ABI table, in order. */
export async function rowNames(page: Page): Promise<string[]> {
  return page.locator("[data-testid=syscall-table] tbody.row-group").evaluateAll((els) => els.map((e) => e.id));
}

/**
 * Text of the column header drawn at the top of `box` (the page when absent), a few pixels
 * below its top edge and `x` pixels from its left: what a reader sees there after scrolling.
 * `null` when no header is there.
 */
export async function headerAtTop(page: Page, x: number, box?: string): Promise<string | null> {
  return page.evaluate(
    ({ x, box }) => {
      const top = box ? (document.querySelector(box)?.getBoundingClientRect().top ?? 0) : 0;
      const hit = document.elementFromPoint(x, top + 4)?.closest("th");
      return hit?.closest("thead") ? (hit.textContent ?? "").trim() : null;
    },
    { x, box },
  );
}
