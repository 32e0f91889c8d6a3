import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { gql, must, OPERATOR, openAs, operatorToken, parisDay, studioWithManager, unique } from '../support/helpers';
import { BookDesksDocument, ConfirmBookingDocument, FreeDesksDocument, VerifyAccessDocument } from '../support/documents';

// Held to the password policy: 12+ characters, nothing from the manager's name or e-mail.
const MANAGER_PASSWORD = 'Rigging-Marais-Lanterne-7';

/** A studio of its own with an active contract, a manager, and a confirmed booking of one free desk from today. */
async function studioWithBooking(request: APIRequestContext) {
  const { op, studio, managerEmail: email } = await studioWithManager(request, { namePrefix: 'Studio Équipe', managerPrefix: 'manager', managerName: 'Claire Vasseur', password: MANAGER_PASSWORD });
  const { freeDesks } = await must(
    gql(request, FreeDesksDocument, { from: parisDay(0), to: parisDay(4) }, op),
  );
  const desk = freeDesks[freeDesks.length - 1];
  const { bookDesks: booking } = await must(
    gql(
      request,
      BookDesksDocument,
      { input: { studioId: studio.id, productionName: 'Les Contes du Marais — saison 3', startDate: parisDay(0), endDate: parisDay(4), deskIds: [desk.id] } },
      op,
    ),
  );
  if (booking.status !== 'CONFIRMED') {
    await must(gql(request, ConfirmBookingDocument, { id: booking.id }, op));
  }
  return { studioId: studio.id, managerEmail: email, desk, bookingId: booking.id };
}

test.describe('crew: assignment, printable pass, check-in from the daily board', () => {
  // Tall enough for the whole board (front desk and the 40 desks) in one screenshot.
  test.use({ viewport: { width: 1440, height: 1280 } });

  test('a manager puts a crew member on a desk and opens the printable pass; the operator checks them in from the board', async ({ page, request }) => {
    const { managerEmail, desk, bookingId } = await studioWithBooking(request);
    // Each test has a studio of its own: the name is unique within it.
    const person = 'Margaux Lefort';

    // The manager adds the person to the crew…
    await openAs(page, '/crew', managerEmail, MANAGER_PASSWORD);
    await page.getByRole('button', { name: 'Ajouter une personne' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nom complet').fill(person);
    await dialog.getByLabel('E-mail').fill(`${unique('margaux')}@example.fr`);
    await dialog.getByLabel('Métier').fill('Rigging');
    await dialog.getByRole('button', { name: 'Ajouter une personne' }).click();
    await expect(page.getByRole('row', { name: new RegExp(person) })).toBeVisible();

    // …puts them on the booked desk…
    await page.goto(`/assignments?booking=${bookingId}`);
    await page.getByRole('button', { name: `Affecter ${desk.code}` }).click();
    await page.getByRole('dialog').getByLabel('Personne').selectOption({ label: `${person} — Rigging` });
    await page.getByRole('button', { name: 'Affecter et créer le pass' }).click();

    // …and gets the printable pass: name, studio, desk, dates, QR code and code.
    await expect(page).toHaveURL(/\/assignments\/[0-9a-f-]+\/pass$/);
    const pass = page.getByRole('article', { name: 'Pass d’accès' });
    await expect(pass).toContainText(person);
    await expect(pass).toContainText(desk.code);
    await expect(pass).toContainText('Les Contes du Marais — saison 3');
    await expect(pass.getByRole('img', { name: `QR code du pass de ${person}` })).toBeVisible();
    const code = (await page.getByTestId('pass-code').textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
    await page.screenshot({ path: join(__dirname, '..', 'screenshots', 'crew-pass.png'), fullPage: true });
    // Printed, only the pass remains.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
    await expect(pass).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    // The operator, at the front desk, types the code on the daily board.
    await openAs(page, '/board', OPERATOR.email, OPERATOR.password);
    const tile = page.locator(`[data-desk="${desk.code}"]`);
    await page.getByLabel('Code d’accès').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Vérifier' }).click();
    const closedToday = (await gql(request, VerifyAccessDocument, { code }, await operatorToken(request))).data!.verifyAccess.reason === 'SITE_CLOSED';
    if (closedToday) {
      // A weekend or a public holiday: the door stays shut and nobody can be checked in.
      await expect(page.getByText('Accès refusé')).toBeVisible();
      await expect(page.getByText('Le site est fermé aujourd’hui.')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Enregistrer l’arrivée' })).toHaveCount(0);
      await expect(tile).not.toHaveAttribute('data-status', 'PRESENT');
    } else {
      await expect(page.getByText('Accès autorisé')).toBeVisible();
      // The door's answer greets by first name and initial only.
      await expect(page.getByText(`Margaux L. · poste ${desk.code}`)).toBeVisible();
      await expect(tile).toHaveAttribute('data-status', /EXPECTED|NO_SHOW/);
      await page.getByRole('button', { name: 'Enregistrer l’arrivée' }).click();
      await expect(tile).toHaveAttribute('data-status', 'PRESENT');
      await expect(page.getByRole('button', { name: new RegExp(`^Poste ${desk.code} Présent ${person}`) })).toBeVisible();
      // A second arrival the same day is refused.
      await page.getByLabel('Code d’accès').fill(code);
      await page.getByRole('button', { name: 'Vérifier' }).click();
      await expect(page.getByText('Déjà arrivé(e) aujourd’hui.')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Enregistrer l’arrivée' })).toHaveCount(0);
    }
    await page.screenshot({ path: join(__dirname, '..', 'screenshots', 'daily-board.png'), fullPage: true });
  });

  test('the door kiosk works without an account and says why a code is refused', async ({ page }) => {
    await page.goto('/kiosk');
    await expect(page.getByRole('heading', { name: 'Bienvenue à Studio FLEX' })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await page.getByLabel('Code d’accès').fill('AAAAA-BBBBB-CCCCC-DDDDD');
    await page.getByRole('button', { name: 'J’arrive' }).click();
    await expect(page.getByRole('heading', { name: 'Accès refusé' })).toBeVisible();
    await expect(page.getByText('Code inconnu : vérifiez la saisie.')).toBeVisible();
    await page.getByRole('button', { name: 'Nouveau passage' }).click();
    await expect(page.getByLabel('Code d’accès')).toHaveValue('');
  });
});
