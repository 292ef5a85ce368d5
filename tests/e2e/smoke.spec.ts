import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

/**
 * One smoke test per page kind: loads without console errors (the fixture fails the test
 * on any), shows its main content, and has no serious or critical axe-core violations,
 * in the light and the dark theme.
 */
const PAGES: { kind: string; url: string; ready: string }[] = [
  { kind: "home", url: "/", ready: "h1" },
  { kind: "kernel", url: "/linux/6.12/", ready: "h1" },
  { kind: "table", url: "/linux/6.12/x86_64/", ready: "[data-testid=syscall-table]" },
  { kind: "all", url: "/linux/6.12/all/", ready: "[data-testid=all-table]" },
  { kind: "syscall", url: "/linux/6.12/syscalls/openat/", ready: "[data-testid=abi-rows]" },
  { kind: "404", url: "/no/such/page/", ready: "h1" },
];

for (const p of PAGES) {
  for (const scheme of ["light", "dark"] as const) {
    test(`smoke: ${p.kind} page (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(p.url);
      await expect(page.locator(p.ready).first()).toBeVisible();
      await page.waitForLoadState("networkidle");
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(" ")}`);
      expect(serious).toEqual([]);
    });
  }
}

test("the theme toggle switches and remembers the theme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await page.getByRole("button", { name: /light and dark/ }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});

test("a phone-sized screen shows the table without horizontal page scroll", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/linux/6.12/x86_64/");
  await expect(page.getByTestId("syscall-table")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
