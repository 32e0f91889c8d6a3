import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openRolePage, ROLE_PAGES, settle } from '../support/pages';

/**
 * axe-core on every page of both roles, the sign-in page, the kiosk and the account-link page,
 * at desk width and at phone width: no serious or critical violation.
 */
const WIDTHS = [
  { name: '1440', viewport: { width: 1440, height: 900 } },
  { name: '390', viewport: { width: 390, height: 844 } },
];

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Experimental in axe, so off by default: a control's name must contain its visible text.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join(' | ')}`);
}

for (const width of WIDTHS) {
  test.describe(`axe at ${width.name} px`, () => {
    test.use({ viewport: width.viewport });

    for (const role of ['operator', 'manager'] as const) {
      for (const target of ROLE_PAGES[role]) {
        test(`${role} ${target.path}${target.follow ? ' (detail)' : ''}`, async ({ page }) => {
          test.setTimeout(90_000);
          await openRolePage(page, role, target);
          expect(await seriousViolations(page)).toEqual([]);
        });
      }
    }

    test('the sign-in page, the kiosk and an account link have none', async ({ page }) => {
      const found: Record<string, string[]> = {};
      for (const path of ['/login', '/kiosk', '/invitation/not-a-real-token']) {
        await page.goto(path);
        await expect(page.locator('main, form, h1').first()).toBeVisible();
        await settle(page);
        const violations = await seriousViolations(page);
        if (violations.length) found[path] = violations;
      }
      expect(found).toEqual({});
    });
  });
}

test.describe('keyboard', () => {
  test('the first Tab stop is a skip link that moves focus to the page content', async ({ page }) => {
    await openRolePage(page, 'operator', { path: '/calendar' });
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    // The next Tab goes into the page, not back through the sidebar.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });

  test('a dialog opens on its first field, not its close button, and gives focus back to its opener', async ({ page }) => {
    await openRolePage(page, 'manager', { path: '/crew' });
    const opener = page.getByRole('button', { name: 'Ajouter une personne' }).first();
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('input').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });

  test('a focused primary button shows a focus ring', async ({ page }) => {
    await openRolePage(page, 'manager', { path: '/crew' });
    const button = page.locator('main .btn--primary').first();
    await button.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    const outline = await button.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
  });
});
