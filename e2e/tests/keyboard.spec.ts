import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { addDays, cell } from '../support/calendar';
import { gql, monthAhead, must, OPERATOR, openAs, operatorToken, parisDay, secondWeek, studioWithManager, unique } from '../support/helpers';
import { AddCrewMemberDocument, BookDesksDocument, BookingListDocument, FreeDesksDocument, VerifyAccessDocument } from '../support/documents';

/*
 * Each role's main flows with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows,
 * Escape): the mouse is never used once the page is open. Where a control is reached, it
 * must show a focus indicator; dialogs open on their first field and give focus back.
 */

const PASSWORD = 'clavier-seul-2026';

/** Presses Tab (Shift+Tab with `back`) until `target` has the focus, then checks it shows where it is. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false)) {
      await expectFocusRing(page);
      return;
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Not reached with ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}: ${target}`);
}

/** Two desks next to each other free on both days, zone C first (other suites start from zones D and A). */
async function twoFreeDesks(request: APIRequestContext, token: string, from: string, to: string): Promise<[string, string]> {
  const { freeDesks } = await must(gql(request, FreeDesksDocument, { from, to }, token));
  const free = new Set(freeDesks.map((d) => d.code));
  for (const zone of ['C', 'B', 'D', 'A']) {
    for (let n = 1; n < 10; n++) {
      const pair: [string, string] = [`${zone}0${n}`, n + 1 === 10 ? `${zone}10` : `${zone}0${n + 1}`];
      if (pair.every((c) => free.has(c))) return pair;
    }
  }
  throw new Error(`No two adjacent free desks from ${from} to ${to}`);
}

/** The focused control draws an outline or a ring (box-shadow), never nothing. */
async function expectFocusRing(page: Page): Promise<void> {
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px', shadow: style.boxShadow !== 'none', what: el.outerHTML.slice(0, 80) };
  });
  expect(ring.outline || ring.shadow, `no visible focus on ${ring.what}`).toBe(true);
}

test.describe('keyboard only', () => {
  test('signing in: the e-mail field has the focus, Tab to the password, Enter signs in', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByLabel('Adresse e-mail')).toBeFocused();
    await expectFocusRing(page);
    await page.keyboard.type(OPERATOR.email);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Mot de passe')).toBeFocused();
    await page.keyboard.type(OPERATOR.password);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
  });

  test('disabled submit buttons say what is missing (booking, staffing a desk)', async ({ page, request }) => {
    const { op, studio, managerEmail } = await studioWithManager(request, { namePrefix: 'Studio Indice', managerPrefix: 'prod-indice', managerName: 'Lou Arnaud', password: PASSWORD });
    await openAs(page, '/calendar', managerEmail, PASSWORD);
    await page.getByRole('button', { name: 'Réserver des postes' }).click();
    const dialog = page.getByRole('dialog');
    const book = dialog.getByRole('button', { name: /Poser l’option|Confirmer la réservation/ });
    const first = await dialog.getByLabel('Premier jour').inputValue();
    await dialog.getByLabel('Premier jour').fill('');
    await expect(book).toBeDisabled();
    await expect(dialog.getByText('Il manque : Premier jour.')).toBeVisible();
    await expect(book).toHaveAccessibleDescription('Il manque : Premier jour.');
    await dialog.getByLabel('Nombre de postes').fill('99');
    await dialog.getByLabel('Premier jour').fill(first);
    await expect(book).toHaveAccessibleDescription('Entre 1 et 40 postes.');
    await dialog.getByLabel('Nombre de postes').fill('1');
    // Once priced, the button is enabled and described by nothing.
    await expect(book).toBeEnabled();
    await expect(book).not.toHaveAttribute('aria-describedby');
    await page.keyboard.press('Escape');

    const { freeDesks } = await must(gql(request, FreeDesksDocument, { from: parisDay(90), to: parisDay(94) }, op));
    const desk = freeDesks[Math.floor(freeDesks.length / 2)];
    const { bookDesks } = await must(gql(request, BookDesksDocument, { input: { studioId: studio.id, productionName: unique('Indices'), startDate: parisDay(90), endDate: parisDay(94), deskIds: [desk.id], asOption: false } }, op));
    await page.goto(`/assignments?booking=${bookDesks.id}`);
    await page.getByRole('button', { name: `Affecter ${desk.code}` }).click();
    const assign = page.getByRole('dialog');
    const submit = assign.getByRole('button', { name: 'Affecter et créer le pass' });
    await expect(submit).toBeDisabled();
    await expect(submit).toHaveAccessibleDescription('Il manque : Personne.');
    await expect(assign.getByText('Il manque : Personne.')).toBeVisible();
  });

  test('a manager books a block on the calendar, staffs it and shows the pass; the operator checks the person in on the board', async ({ page, request }) => {
    // Three pages and four dialogs walked one key at a time.
    test.setTimeout(90_000);
    const { op, studio, managerEmail } = await studioWithManager(request, { namePrefix: 'Studio Clavier', managerPrefix: 'prod-clavier', managerName: 'Nina Perrot', password: PASSWORD });
    const person = 'Théo Marchal';
    await must(gql(request, AddCrewMemberDocument, { input: { studioId: studio.id, fullName: person, email: `${unique('theo')}@example.fr`, jobTitle: null } }, op));
    // From today, so that the pass opens the door today (unless the site is closed today).
    const today = parisDay(0);
    const desks = await twoFreeDesks(request, op, today, addDays(today, 1));
    await openAs(page, `/calendar?from=${today}&zoom=2w`, managerEmail, PASSWORD);
    await expect(cell(page, desks[0], today)).toBeVisible();

    // The skip link, then into the grid: arrows to the first desk, Shift + arrows for the block, Enter.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
    await expectFocusRing(page);
    await page.keyboard.press('Enter');
    const grid = page.getByTestId('desk-calendar');
    await tabTo(page, grid);
    const row = (code: string) => (code.charCodeAt(0) - 'A'.charCodeAt(0)) * 10 + Number(code.slice(1)) - 1;
    for (let i = 0; i < row(desks[0]); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(grid.locator('[aria-selected="true"]')).toHaveCount(4);
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Réserver 2 postes' });
    await expect(dialog.getByLabel(/Production/)).toBeFocused();
    await page.keyboard.type(unique('Au Clavier'));
    // The kind of booking is a radio group: arrows move from the option to a firm booking.
    await tabTo(page, dialog.getByRole('radio', { name: /Option/ }));
    await page.keyboard.press('ArrowDown');
    await expect(dialog.getByRole('radio', { name: /Réservation ferme/ })).toBeChecked();
    const confirm = dialog.getByRole('button', { name: 'Confirmer la réservation' });
    await expect(confirm).toBeEnabled();
    await tabTo(page, confirm);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    // Focus is back where the booking started: the grid.
    expect(await grid.evaluate((el) => el.contains(document.activeElement))).toBe(true);

    const { bookings } = await must(gql(request, BookingListDocument, { from: today, to: addDays(today, 1), studioId: studio.id }, op));
    await page.goto(`/bookings/${bookings[0].id}`);
    await tabTo(page, page.getByRole('link', { name: 'Staffer cette réservation' }));
    await page.keyboard.press('Enter');
    const opener = page.getByRole('button', { name: `Affecter ${desks[0]}` });
    await tabTo(page, opener);
    await page.keyboard.press('Enter');
    const assign = page.getByRole('dialog');
    const who = assign.getByLabel('Personne');
    await expect(who).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(assign).toBeHidden();
    await expect(opener).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(who).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(who).not.toHaveValue('');
    await tabTo(page, assign.getByRole('button', { name: 'Affecter et créer le pass' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/assignments\/[0-9a-f-]+\/pass$/);
    await expect(page.getByRole('article', { name: 'Pass d’accès' })).toContainText(person);
    const code = (await page.getByTestId('pass-code').textContent())!.trim();

    // The operator at the front desk: type the code, Enter, then record the arrival.
    await openAs(page, '/board', OPERATOR.email, OPERATOR.password);
    await tabTo(page, page.getByLabel('Code d’accès'));
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    const arrivesToday = (await gql(request, VerifyAccessDocument, { code }, await operatorToken(request))).data!.verifyAccess.allowed;
    if (arrivesToday) {
      await tabTo(page, page.getByRole('button', { name: 'Enregistrer l’arrivée' }));
      await page.keyboard.press('Enter');
      await expect(page.locator(`[data-desk="${desks[0]}"]`)).toHaveAttribute('data-status', 'PRESENT');
    } else {
      // The site is closed today: the door says so, reached and read without a mouse.
      await expect(page.getByText('Accès refusé')).toBeVisible();
    }
  });

  test('the operator opens and resolves a kit ticket, issues a month’s drafts and downloads the CO2 report', async ({ page, request }) => {
    test.setTimeout(90_000);
    const { op, studio } = await studioWithManager(request, { namePrefix: 'Studio Touche', managerPrefix: 'prod-touche', managerName: 'Iris Benoit', password: PASSWORD });
    const title = unique('Ventilateur bruyant');
    await openAs(page, '/maintenance');
    const report = page.getByRole('button', { name: 'Signaler une panne' }).first();
    await tabTo(page, report);
    await page.keyboard.press('Enter');
    const form = page.getByRole('dialog', { name: 'Signaler une panne' });
    const kit = form.getByLabel('Kit');
    await expect(kit).toBeFocused();
    // The kits arrive with the dialog: the arrow picks one once they are listed.
    await expect(kit.locator('option').nth(1)).toBeAttached();
    await page.keyboard.press('ArrowDown');
    await expect(kit).not.toHaveValue('');
    await tabTo(page, form.getByLabel('Problème'));
    await page.keyboard.type(title);
    // Minor, so that no desk goes out of service for the other tests.
    await tabTo(page, form.getByRole('radio', { name: /Important/ }));
    await page.keyboard.press('ArrowUp');
    await expect(form.getByRole('radio', { name: /Mineur/ })).toBeChecked();
    await tabTo(page, form.getByRole('button', { name: 'Ouvrir le ticket' }));
    await page.keyboard.press('Enter');
    await expect(form).toBeHidden();
    const card = page.getByRole('article', { name: title, exact: true });
    await tabTo(page, card.getByRole('button', { name: 'Résoudre' }));
    await page.keyboard.press('Enter');
    const resolve = page.getByRole('dialog');
    await expect(resolve.getByLabel('Ce qui a été fait')).toBeFocused();
    await page.keyboard.type('Ventilateur nettoyé');
    await tabTo(page, resolve.getByRole('button', { name: 'Marquer comme résolu' }));
    await page.keyboard.press('Enter');
    await expect(resolve).toBeHidden();

    // Invoicing: a month of the test's own, drafts generated, then every draft issued after the question.
    const month = monthAhead(11);
    const [monday, friday] = secondWeek(month);
    const { freeDesks } = await must(gql(request, FreeDesksDocument, { from: monday, to: friday }, op));
    await must(gql(request, BookDesksDocument, { input: { studioId: studio.id, productionName: unique('La Série'), startDate: monday, endDate: friday, deskIds: [freeDesks[0].id], asOption: false } }, op));
    await openAs(page, `/invoicing?month=${month}`);
    await tabTo(page, page.getByRole('button', { name: /Générer les brouillons|Mettre à jour les brouillons/ }).first());
    await page.keyboard.press('Enter');
    const issueAll = page.getByRole('button', { name: /^Émettre (tous les brouillons \(\d+\)|le brouillon)$/ });
    await tabTo(page, issueAll);
    await page.keyboard.press('Enter');
    const ask = page.getByRole('dialog');
    await tabTo(page, ask.getByRole('button', { name: /^Émettre (la facture|les \d+ factures)$/ }));
    await page.keyboard.press('Enter');
    await expect(page.locator('.toast').filter({ hasText: /factures? émises?/ })).toBeVisible();
    await expect(issueAll).toHaveCount(0);

    // The CO2 report's CSV, reached with Tab and started with Space.
    await openAs(page, '/co2');
    await tabTo(page, page.getByRole('button', { name: 'CSV' }));
    const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Space')]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  });
});
