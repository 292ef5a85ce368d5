import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

/**
 * One smoke test per page kind: loads without console errors (the fixture fails the test
 * on any), shows its main content, and has no serious or critical axe-core violations,
 * in the light and the dark theme.
 */
type PageKind = { kind: string; url: string; ready: string };
const TABLE: PageKind = { kind: "table", url: "/linux/6.12/x86_64/", ready: "[data-testid=syscall-table]" };
const SYSCALL: PageKind = { kind: "syscall", url: "/linux/6.12/syscalls/openat/", ready: "[data-testid=abi-rows]" };
const KERNEL: PageKind = { kind: "kernel", url: "/linux/6.12/", ready: "h1" };

const PAGES: PageKind[] = [
  { kind: "home", url: "/", ready: "h1" },
  KERNEL,
  TABLE,
  { kind: "all", url: "/linux/6.12/all/", ready: "[data-testid=all-table]" },
  SYSCALL,
  { kind: "404", url: "/no/such/page/", ready: "h1" },
];

for (const p of PAGES) {
  for (const scheme of ["light", "dark"] as const) {
    test(`smoke: ${p.kind} page (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(p.url);
      await page.mouse.move(1, 1); // the table pages load their interactive table on first use
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

test("the theme toggle cycles system, dark, light and back to system, and remembers it", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const toggle = page.getByRole("button", { name: /light and dark/ });
  await expect(toggle).toHaveText(/Theme: System/);
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(toggle).toHaveText(/Theme: Dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(toggle).toHaveText(/Theme: Dark/);
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await expect(toggle).toHaveText(/Theme: Light/);
  await toggle.click();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
  await expect(toggle).toHaveText(/Theme: System/);
  // Back to system: the system's scheme decides again, also after a reload.
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await expect(toggle).toHaveText(/Theme: System/);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe("dark");
});

/** Pages whose tables are wider than a phone: they scroll inside their own box, never the page. */
const PHONE_PAGES: PageKind[] = [
  TABLE,
  SYSCALL,
  { kind: "ABI diff", url: "/linux/6.12/diff/x86_64/arm64/", ready: "[data-testid=diff-table] tbody tr[data-kind]" },
  KERNEL,
  { kind: "kernel diff", url: "/linux/6.12..7.2/x86_64/", ready: "[data-testid=kernel-diff-table] tbody tr" },
];

for (const p of PHONE_PAGES) {
  test(`a phone-sized screen shows the ${p.kind} page without horizontal page scroll`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(p.url);
    await page.mouse.move(1, 1);
    await expect(page.locator(p.ready).first()).toBeVisible();
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
  });
}

test("on a phone the interactive table's signature column stays readable", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/linux/6.12/x86_64/");
  await page.mouse.move(1, 1);
  const sig = page.locator("[data-testid=syscall-table] tbody.row-group td.c-sig").first();
  await expect(sig).toBeVisible();
  const width = await sig.evaluate((td) => td.getBoundingClientRect().width);
  expect(width).toBeGreaterThanOrEqual(100);
});
