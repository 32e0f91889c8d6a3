import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { print } from 'graphql';
import { baseUrl, gql, OPERATOR, openAs, operatorToken, signIn, unique } from '../support/helpers';
import { KitsFoundationDocument, LoginFoundationDocument, MeFoundationDocument } from '../support/documents';

test.describe('foundation: sign-in, shell and floor plan', () => {
  test('the operator signs in, opens the floor plan of 40 desks and desk A01', async ({ page, request }) => {
    await signIn(page, OPERATOR.email, OPERATOR.password);
    // The session is an HttpOnly cookie: page scripts cannot read it, and nothing is stored in the page.
    expect((await page.context().cookies()).find((c) => c.name === 'flex_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('flex_session');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'flex.language'))).toEqual([]);
    // Everyone lands on the desk calendar, the product's main screen.
    await expect(page).toHaveURL(/\/calendar/);
    await page.goto('/site/floor-plan');
    await expect(page).toHaveURL(/\/site\/floor-plan$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Plan du site' })).toBeVisible();

    const desks = page.locator('[data-desk]');
    await expect(desks).toHaveCount(40);
    for (const code of ['A01', 'A10', 'B05', 'C07', 'D10']) {
      await expect(page.getByRole('button', { name: new RegExp(`^Poste ${code},`) })).toBeVisible();
    }

    await page.getByRole('button', { name: /^Poste A01,/ }).click();
    const panel = page.getByRole('complementary', { name: 'Poste A01' });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('KIT-001');
    await expect(panel).toContainText('Opérationnel');

    // The panel shows the kit's real components, as the API has them.
    const token = await operatorToken(request);
    const res = await gql(request, KitsFoundationDocument, {}, token);
    const kit = res.data!.kits.find((k) => k.desk?.code === 'A01')!;
    expect(kit.assetTag).toBe('KIT-001');
    await expect(panel.locator('.component')).toHaveCount(kit.components.length);
    for (const c of kit.components) {
      await expect(panel).toContainText(c.model);
      await expect(panel).toContainText(c.serialNumber);
    }
    await expect(panel).toContainText(`${Math.round(kit.footprintKgCo2e)} kg CO₂e`);
  });

  test('a desk opens from the keyboard and Escape closes its panel', async ({ page }) => {
    await openAs(page, '/site/floor-plan');
    const desk = page.getByRole('button', { name: /^Poste C04,/ });
    await desk.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Poste C04' });
    await expect(panel).toBeVisible();
    await expect(desk).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
  });

  test('a wrong password is refused in plain words', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Adresse e-mail').fill(OPERATOR.email);
    await page.getByLabel('Mot de passe').fill('not-the-password');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('alert')).toHaveText('Adresse e-mail ou mot de passe incorrect.');
    await expect(page).toHaveURL(/\/login$/);
    expect((await page.context().cookies()).find((c) => c.name === 'flex_session')).toBeUndefined();
  });

  test('after too many attempts, sign-in asks to wait instead of answering', async ({ page }) => {
    // Its own client address (the product trusts the loopback proxy), so the suite's budget stays intact.
    const address = { 'x-forwarded-for': '203.0.113.77' };
    // 30 failures from one address, each on another e-mail: the address's limit for 15 minutes.
    const attempts = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        page.request.post('/graphql', { headers: address, data: { query: print(LoginFoundationDocument), variables: { email: `${unique('nobody')}-${i}@example.org`, password: 'wrong' } } }).then((r) => r.json()),
      ),
    );
    expect(attempts.map((a) => a.errors?.[0]?.extensions?.code)).toEqual(Array(30).fill('UNAUTHENTICATED'));
    const email = `${unique('nobody')}@example.org`;

    await page.setExtraHTTPHeaders(address);
    await page.goto('/login');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill('wrong-again');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('alert')).toHaveText(/^Trop de tentatives\. Réessayez dans \d+ min\.$/);
  });

  test('a signed-out visitor is sent to the sign-in page, then back where they were going', async ({ page }) => {
    await page.goto('/site/floor-plan');
    await expect(page).toHaveURL(/\/login$/);
    await signIn(page);
    await expect(page).toHaveURL(/\/site\/floor-plan$/);
  });

  test('a session the server no longer accepts signs the user out', async ({ page }) => {
    await page.context().addCookies([{ name: 'flex_session', value: 'not-a-valid-token', url: baseUrl(), httpOnly: true, sameSite: 'Strict' }]);
    await page.goto('/site/floor-plan');
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  });

  test('the interface switches to English and remembers it; signing out ends the session and returns to the sign-in page', async ({ page, request }) => {
    // A session of its own (signing out ends it for good, and openAs shares the worker's).
    await signIn(page);
    const session = (await page.context().cookies()).find((c) => c.name === 'flex_session')!.value;
    await page.goto('/site/floor-plan');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Floor plan' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Floor plan' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Floor plan' })).toBeVisible();

    await page.getByRole('button', { name: 'Account menu' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    expect((await page.context().cookies()).find((c) => c.name === 'flex_session')).toBeUndefined();
    // The session is over on the server too: its token opens nothing any more.
    const res = await gql(request, MeFoundationDocument, {}, session);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('screenshot of the floor plan for the README', async ({ page }) => {
    await openAs(page, '/site/floor-plan');
    await expect(page.locator('[data-desk]')).toHaveCount(40);
    await page.getByRole('button', { name: /^Poste B03,/ }).click();
    await expect(page.getByRole('complementary', { name: 'Poste B03' }).locator('.component').first()).toBeVisible();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(__dirname, '..', 'screenshots', 'floor-plan.png') });
  });
});
