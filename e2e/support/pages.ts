import { expect, type Page } from '@playwright/test';
import { openAs, OPERATOR } from './helpers';

/** A demo studio's manager (seeded with FLEX_DEMO=1). */
export const MANAGER = { email: 'manager@lucioles-animation.fr', password: 'studioflex' };

const ROW = 'main tr.table__row--clickable';
const PASS = 'main a[href$="/pass"]';

export interface RolePage {
  /** The address, or a list page whose first detail row or link (`follow`, a CSS selector) is opened. */
  path: string;
  follow?: string;
}

/** Every page a role reaches from its sidebar and account menu, detail pages included. */
export const ROLE_PAGES: Record<'operator' | 'manager', RolePage[]> = {
  operator: [
    { path: '/calendar' }, { path: '/bookings' }, { path: '/bookings', follow: ROW },
    { path: '/studios' }, { path: '/studios', follow: ROW }, { path: '/crew' }, { path: '/assignments' }, { path: '/assignments', follow: PASS },
    { path: '/board' }, { path: '/occupancy' }, { path: '/outbox' }, { path: '/invoicing' }, { path: '/overdue' },
    { path: '/maintenance' }, { path: '/kits' }, { path: '/kits', follow: ROW }, { path: '/site/floor-plan' },
    { path: '/co2' }, { path: '/co2/statements' }, { path: '/co2/simulator' }, { path: '/co2/settings' }, { path: '/users' }, { path: '/sites' }, { path: '/jobs' }, { path: '/account/password' },
  ],
  manager: [
    { path: '/calendar' }, { path: '/bookings' }, { path: '/bookings', follow: ROW }, { path: '/studio' },
    { path: '/crew' }, { path: '/assignments' }, { path: '/assignments', follow: PASS }, { path: '/occupancy' }, { path: '/invoices' }, { path: '/site/floor-plan' },
    { path: '/co2' }, { path: '/co2/statements' }, { path: '/co2/simulator' }, { path: '/account/password' },
  ],
};

export const ROLE_USERS = { operator: OPERATOR, manager: MANAGER };

/** Opens a role's page signed in and waits until its content has loaded (no spinner left). */
export async function openRolePage(page: Page, role: 'operator' | 'manager', target: RolePage): Promise<string> {
  const user = ROLE_USERS[role];
  await openAs(page, target.path, user.email, user.password);
  if (target.follow) {
    const link = page.locator(target.follow).first();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).not.toHaveURL(new RegExp(`${target.path}$`));
  }
  await settle(page);
  return new URL(page.url()).pathname;
}

/** Waits for the page's data: no loading indicator left and fonts/layout done. */
export async function settle(page: Page): Promise<void> {
  await expect(page.locator('[aria-busy="true"], .spinner')).toHaveCount(0, { timeout: 10_000 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}
