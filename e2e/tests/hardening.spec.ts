import { expect, test, type Page } from '@playwright/test';
import { openAs } from '../support/helpers';

const MANAGER = 'manager@lucioles-animation.fr';
const OPERATOR_SCREENS = ['/calendar', '/bookings', '/studios', '/invoicing', '/crew', '/assignments', '/board', '/occupancy', '/outbox', '/site/floor-plan', '/maintenance', '/kits', '/co2', '/co2/simulator', '/co2/settings'];
const MANAGER_SCREENS = ['/studio', '/calendar', '/bookings', '/crew', '/assignments', '/invoices', '/co2'];

/** Records every Content-Security-Policy violation of the page, from its first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await page.exposeFunction('__cspViolation', (v: string) => refused.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __cspViolation(v: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return refused;
}

/** A screen is drawn once its title is: its data, styles and images are in. */
async function shown(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('h1').first()).toBeVisible();
}

test.describe('the product under its Content-Security-Policy', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the page is served with a CSP allowing only its own scripts, and no frame around it', async ({ request }) => {
    const res = await request.get('/calendar');
    const csp = res.headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers()['cache-control']).toBe('no-cache');
  });

  test('every screen of the operator runs without a single CSP violation', async ({ page }) => {
    const refused = await watchViolations(page);
    await openAs(page, OPERATOR_SCREENS[0]);
    for (const path of OPERATOR_SCREENS) {
      await shown(page, path);
      expect({ path, refused }).toEqual({ path, refused: [] });
    }
  });

  test('every screen of a studio manager, the sign-in page and the kiosk run without a CSP violation', async ({ page }) => {
    const refused = await watchViolations(page);
    for (const path of ['/login', '/kiosk']) {
      await shown(page, path);
      expect({ path, refused }).toEqual({ path, refused: [] });
    }
    await openAs(page, MANAGER_SCREENS[0], MANAGER, 'studioflex');
    for (const path of MANAGER_SCREENS) {
      await shown(page, path);
      expect({ path, refused }).toEqual({ path, refused: [] });
    }
  });
});
