import { expect, test, type Page } from '@playwright/test';
import { adjacentFreeDesks, cell, openWeek } from '../support/calendar';
import { openAs, studioWithManager } from '../support/helpers';
import { openRolePage, ROLE_PAGES } from '../support/pages';

/**
 * A phone (390 × 844, touch): every page fits its width (wide tables and the calendar scroll
 * inside their own box), the menu and the account menu are reachable, the calendar takes a
 * block by touch, and the board, the pass and the kiosk are usable.
 */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** Elements that stick out of the screen on the right without a scrolling box of their own around them. */
async function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) out.push(`page ${document.documentElement.scrollWidth}px wide`);
    const main = document.querySelector('main');
    if (main && main.scrollWidth > main.clientWidth + 1) out.push(`main scrolls sideways (${main.scrollWidth}px)`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none' || el.closest('.sr-only, .sidebar, dialog:not([open])')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1) continue;
      let scroller: HTMLElement | null = el.parentElement;
      // The page's own content box does not count: scrolling it sideways is the page scrolling sideways.
      while (scroller && scroller !== document.body && !scroller.matches('main')) {
        const overflow = getComputedStyle(scroller).overflowX;
        if ((overflow === 'auto' || overflow === 'scroll') && scroller.getBoundingClientRect().right <= width + 1) break;
        scroller = scroller.parentElement;
      }
      if (!scroller || scroller === document.body || scroller.matches('main')) out.push(`${el.tagName.toLowerCase()}.${el.className || ''} ends at ${Math.round(box.right)}px`);
      if (out.length > 5) break;
    }
    return out;
  });
}

test.describe('phone: every page fits 390 px', () => {
  for (const role of ['operator', 'manager'] as const) {
    test(`every ${role} page`, async ({ page }) => {
      test.setTimeout(120_000);
      const found: Record<string, string[]> = {};
      for (const target of ROLE_PAGES[role]) {
        const path = await openRolePage(page, role, target);
        const cut = await cutOff(page);
        if (cut.length) found[path] = cut;
      }
      expect(found).toEqual({});
    });
  }

  test('the sign-in page, the kiosk and an account link', async ({ page }) => {
    const found: Record<string, string[]> = {};
    for (const path of ['/login', '/kiosk', '/invitation/not-a-real-token']) {
      await page.goto(path);
      await expect(page.locator('h1').first()).toBeVisible();
      const cut = await cutOff(page);
      if (cut.length) found[path] = cut;
    }
    expect(found).toEqual({});
  });
});

test.describe('phone: menus, calendar, board, pass and kiosk', () => {
  test('the menu button opens the navigation and the account menu reaches sign-out', async ({ page }) => {
    await openAs(page, '/calendar');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(nav.getByRole('link', { name: 'Plan du site' })).not.toBeInViewport();
    await page.getByRole('button', { name: 'Menu de navigation' }).tap();
    await expect(nav.getByRole('link', { name: 'Plan du site' })).toBeInViewport();
    await nav.getByRole('link', { name: 'Plan du site' }).tap();
    await expect(page).toHaveURL(/\/site\/floor-plan$/);
    await expect(nav.getByRole('link', { name: 'Plan du site' })).not.toBeInViewport();
    await page.screenshot({ path: 'screenshots/phone-floor-plan.png' });

    await page.getByRole('button', { name: 'Menu du compte' }).tap();
    await expect(page.getByRole('menuitem', { name: 'Se déconnecter' })).toBeInViewport();
    await expect(page.getByRole('menuitem', { name: 'Changer mon mot de passe' })).toBeInViewport();
  });

  test('a manager takes 2 desks × 5 days on the calendar by tapping the first cell, then the last', async ({ page, request }) => {
    const { op, managerEmail } = await studioWithManager(request, { namePrefix: 'Studio Tactile', managerPrefix: 'prod-tactile', managerName: 'Noé Tactile', password: 'doigts-agiles-2026' });
    const week = await openWeek(request, op, 120);
    const desks = await adjacentFreeDesks(request, op, week[0], week[4], 2);
    await openAs(page, `/calendar?from=${week[0]}&zoom=2w`, managerEmail, 'doigts-agiles-2026');
    // A finger taps the first cell, then the last (page.touchscreen: touch events at the cell's centre).
    const tapCell = async (desk: string, day: string) => {
      const target = cell(page, desk, day);
      await target.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
      const box = (await target.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    };
    await tapCell(desks[0], week[0]);
    await expect(page.getByTestId('desk-calendar').locator('[aria-selected="true"]')).toHaveCount(1);
    await tapCell(desks[1], week[4]);
    await expect(page.getByTestId('desk-calendar').locator('[aria-selected="true"]')).toHaveCount(10);
    const summary = page.getByTestId('selection-summary');
    await expect(summary).toBeInViewport();
    await page.screenshot({ path: 'screenshots/phone-calendar.png' });
    await summary.getByRole('button', { name: 'Réserver…' }).tap();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    for (const code of desks) await expect(dialog).toContainText(code);
  });

  test('the daily board, an assignment\'s pass and the kiosk are usable', async ({ page }) => {
    await openAs(page, '/board');
    const tile = page.locator('[data-desk]').first();
    await expect(tile).toBeInViewport();
    await tile.tap();
    await expect(page.getByRole('complementary', { name: /^Poste / })).toBeInViewport();
    await page.screenshot({ path: 'screenshots/phone-board.png' });

    await openAs(page, '/assignments');
    await page.locator('main a[href$="/pass"]').first().tap();
    await expect(page).toHaveURL(/\/assignments\/[^/]+\/pass$/);
    await expect(page.getByRole('heading').first()).toBeInViewport();
    await page.screenshot({ path: 'screenshots/phone-pass.png' });

    await page.goto('/kiosk');
    await expect(page.getByLabel('Code d’accès')).toBeInViewport();
    await expect(page.getByRole('button', { name: 'J’arrive' })).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Je pars' })).toBeInViewport();
    await page.screenshot({ path: 'screenshots/phone-kiosk.png' });
  });
});
