import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { adjacentFreeDesks, cell, openWeek } from '../support/calendar';
import { gql, must, openAs, parisDay, studioWithManager, unique } from '../support/helpers';
import { AvailabilityDocument, BookDesksDocument, BookingBooking2Document, BookingBookingDocument, BookingsDocument, DesksDocument, FreeDesksDocument } from '../support/documents';

const PASSWORD = 'calendrier-2026';

/** Presses on one cell and releases on another, moving through the grid like a hand would. */
async function dragSelect(page: Page, from: { desk: string; day: string }, to: { desk: string; day: string }): Promise<void> {
  const start = cell(page, from.desk, from.day);
  const end = cell(page, to.desk, to.day);
  await start.scrollIntoViewIfNeeded();
  const a = (await start.boundingBox())!;
  const b = (await end.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2 + b.width / 2, (a.y + b.y) / 2 + b.height / 2, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
}

test.describe('booking: the desk calendar', () => {
  test('a manager drag-selects 4 desks × 5 days, sees the price, confirms, and the block appears', async ({ page, request }) => {
    const { op, studio, managerEmail } = await studioWithManager(request, {
      namePrefix: 'Studio Calque',
      managerPrefix: 'prod-calque',
      managerName: 'Inès Garnier',
      password: PASSWORD,
    });
    const week = await openWeek(request, op, 35);
    const desks = await adjacentFreeDesks(request, op, week[0], week[4], 4);
    const production = unique('Les Hérons');

    await openAs(page, `/calendar?from=${week[0]}&zoom=month`, managerEmail, PASSWORD);
    await expect(cell(page, desks[0], week[0])).toBeVisible();
    await dragSelect(page, { desk: desks[0], day: week[0] }, { desk: desks[3], day: week[4] });
    await expect(page.getByTestId('desk-calendar').locator('[aria-selected="true"]')).toHaveCount(20);

    await page.getByTestId('selection-summary').getByRole('button', { name: 'Réserver…' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByLabel(/Production/).fill(production);
    // 4 desks × 5 open days × 45,00 € = 900,00 € excl. VAT, from the contract.
    await expect(dialog.getByTestId('quote-amount')).toHaveText(/900,00\s€/);
    for (const code of desks) await expect(dialog).toContainText(code);
    await expect(dialog.getByTestId('co2-booking-hint')).toBeVisible();
    // A new block starts as an option: these tests book it firm.
    await dialog.getByLabel(/Réservation ferme/).check();
    await dialog.getByRole('button', { name: 'Confirmer la réservation' }).click();
    await expect(dialog).toBeHidden();

    const bar = page.getByTestId('booking-bar').filter({ hasText: production });
    await expect(bar.first()).toBeVisible();
    await expect(bar).toHaveCount(4);

    const { bookings } = await must(
      gql(
        request,
        BookingsDocument,
        { from: week[0], to: week[4], studioId: studio.id },
        op,
      ),
    );
    expect(bookings).toHaveLength(1);
    expect(bookings[0]).toMatchObject({ productionName: production, status: 'CONFIRMED', startDate: week[0], endDate: week[4] });
    expect(bookings[0].desks.map((d) => d.code).sort()).toEqual(desks);
    await page.screenshot({ path: 'screenshots/booking-calendar-after.png' });
  });

  test('a selection over another studio’s block is refused in plain words and books nothing', async ({ page, request }) => {
    const mine = await studioWithManager(request, { namePrefix: 'Studio Fusain', managerPrefix: 'prod-fusain', managerName: 'Hugo Marchal', password: PASSWORD });
    const other = await studioWithManager(request, { namePrefix: 'Studio Encre', managerPrefix: 'prod-encre', managerName: 'Lise Perrot', password: PASSWORD });
    const week = await openWeek(request, mine.op, 50);
    const desks = await adjacentFreeDesks(request, mine.op, week[0], week[4], 3);
    const secret = unique('Projet confidentiel');
    // The other studio holds the middle desk on Wednesday and Thursday.
    await must(
      gql(
        request,
        BookDesksDocument,
        { input: { studioId: other.studio.id, productionName: secret, startDate: week[2], endDate: week[3], deskIds: [await deskId(request, mine.op, desks[1])] } },
        mine.op,
      ),
    );

    await openAs(page, `/calendar?from=${week[0]}&zoom=month`, mine.managerEmail, PASSWORD);
    // Another studio's block reads "réservé", never its production.
    const taken = page.getByTestId('booking-bar').filter({ hasText: /réservé/i });
    await expect(taken.first()).toBeVisible();
    await expect(page.getByTestId('desk-calendar')).not.toContainText(secret);

    await dragSelect(page, { desk: desks[0], day: week[0] }, { desk: desks[2], day: week[4] });
    await page.getByTestId('selection-summary').getByRole('button', { name: 'Réserver…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/Production/).fill(unique('Les Loutres'));
    const conflicts = dialog.getByTestId('quote-conflicts');
    await expect(conflicts).toBeVisible();
    await expect(conflicts).toContainText(desks[1]);
    await expect(conflicts).toContainText(/déjà réservé/i);
    await expect(dialog.getByRole('button', { name: 'Poser l’option' })).toBeDisabled();
    await page.screenshot({ path: 'screenshots/booking-calendar-conflict.png' });

    const { bookings } = await must(
      gql(
        request,
        BookingsDocument,
        { from: week[0], to: week[4], studioId: mine.studio.id },
        mine.op,
      ),
    );
    expect(bookings).toHaveLength(0);
  });

  test('the keyboard alone selects a block (arrows, Shift + arrows) and Enter books it', async ({ page, request }) => {
    const { op, studio, managerEmail } = await studioWithManager(request, { namePrefix: 'Studio Lavis', managerPrefix: 'prod-lavis', managerName: 'Jade Morel', password: PASSWORD });
    const week = await openWeek(request, op, 64);
    const desks = await adjacentFreeDesks(request, op, week[0], week[2], 3);
    await openAs(page, `/calendar?from=${week[0]}&zoom=2w`, managerEmail, PASSWORD);
    const grid = page.getByTestId('desk-calendar');
    await expect(cell(page, desks[0], week[0])).toBeVisible();
    // Focus starts on the first desk (A01) and the first day shown (the Monday).
    await grid.focus();
    const row = (code: string) => (code.charCodeAt(0) - 'A'.charCodeAt(0)) * 10 + Number(code.slice(1)) - 1;
    for (let i = 0; i < row(desks[0]); i++) await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 2; i++) await page.keyboard.press('Shift+ArrowDown');
    for (let i = 0; i < 2; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect(grid.locator('[aria-selected="true"]')).toHaveCount(9);
    for (const code of desks) await expect(cell(page, code, week[2])).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { name: 'Réserver 3 postes' })).toBeVisible();
    await dialog.getByLabel(/Production/).fill(unique('Le Phare'));
    // 3 desks × 3 open days × 45,00 €.
    await expect(dialog.getByTestId('quote-amount')).toHaveText(/405,00\s€/);
    // A new block starts as an option: these tests book it firm.
    await dialog.getByLabel(/Réservation ferme/).check();
    await dialog.getByRole('button', { name: 'Confirmer la réservation' }).click();
    await expect(dialog).toBeHidden();
    const { bookings } = await must(
      gql(
        request,
        BookingsDocument,
        { from: week[0], to: week[4], studioId: studio.id },
        op,
      ),
    );
    expect(bookings).toHaveLength(1);
    expect(bookings[0]).toMatchObject({ startDate: week[0], endDate: week[2] });
    expect(bookings[0].desks.map((d) => d.code).sort()).toEqual(desks);
  });

  test('from the bookings list, a late cancellation shows its fee before it is confirmed', async ({ page, request }) => {
    const { op, studio, managerEmail } = await studioWithManager(request, { namePrefix: 'Studio Sépia', managerPrefix: 'prod-sepia', managerName: 'Paul Renaud', password: PASSWORD });
    // Starts within the contract's notice: cancelling it now is late.
    const week = await openWeek(request, op, 3);
    const desks = await adjacentFreeDesks(request, op, week[0], week[4], 2);
    const { desks: all } = await must(gql(request, DesksDocument, {}, op));
    const production = unique('La Traversée');
    const { bookDesks: booking } = await must(
      gql(
        request,
        BookDesksDocument,
        { input: { studioId: studio.id, productionName: production, startDate: week[0], endDate: week[4], deskIds: desks.map((c) => all.find((d) => d.code === c)!.id) } },
        op,
      ),
    );
    const { booking: before } = await must(
      gql(
        request,
        BookingBookingDocument,
        { id: booking.id },
        op,
      ),
    );
    const preview = before.cancellationPreview!;
    expect(preview.free).toBe(false);
    expect(preview.estimatedFeeCents).toBeGreaterThan(0);
    const fee = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(preview.estimatedFeeCents / 100);

    await openAs(page, '/bookings', managerEmail, PASSWORD);
    await page.getByRole('row').filter({ hasText: production }).click();
    await expect(page).toHaveURL(new RegExp(`/bookings/${booking.id}$`));
    await page.getByRole('button', { name: 'Annuler la réservation' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Annulation tardive');
    await expect(dialog).toContainText(fee);
    await page.screenshot({ path: 'screenshots/booking-cancel-fee.png' });
    await dialog.getByRole('button', { name: 'Confirmer l’annulation' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Annulée', { exact: true }).first()).toBeVisible();

    const { booking: after } = await must(
      gql(request, BookingBooking2Document, { id: booking.id }, op),
    );
    expect(after.status).toBe('CANCELLED');
    expect(after.lateFeePct).toBeGreaterThan(0);
  });

  test('a manager sees the planning of its studio, not the operator’s pages', async ({ page, request }) => {
    const { managerEmail } = await studioWithManager(request, { namePrefix: 'Studio Gouache', managerPrefix: 'prod-gouache', managerName: 'Nora Vidal', password: PASSWORD });
    await openAs(page, '/', managerEmail, PASSWORD);
    // The calendar is the main screen.
    await expect(page).toHaveURL(/\/calendar/);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    for (const label of ['Calendrier', 'Réservations', 'Équipes', 'Mon studio', 'Factures']) {
      await expect(nav.getByRole('link', { name: label })).toBeVisible();
    }
    for (const label of ['Studios', 'Tableau du jour', 'Maintenance', 'Facturation']) {
      await expect(nav.getByRole('link', { name: label })).toHaveCount(0);
    }
    // An operator page typed in by hand is refused, not shown.
    await page.goto('/studios');
    await expect(page.getByText('Accès réservé')).toBeVisible();
  });

  test('a new studio’s manager finds its onboarding checklist above the calendar; an established studio does not', async ({ page }) => {
    await openAs(page, '/calendar', 'manager@ciel-de-papier.fr', 'studioflex');
    const checklist = page.getByTestId('onboarding-checklist');
    await expect(checklist).toBeVisible();
    // Demo: contract active and insured, nothing booked, no crew yet.
    for (const step of ['Contrat actif', 'Première réservation']) await expect(checklist).toContainText(step);
    await expect(checklist).toContainText('2/4');
    await page.screenshot({ path: 'screenshots/onboarding.png' });

    await openAs(page, '/calendar', 'manager@lucioles-animation.fr', 'studioflex');
    await expect(page.getByTestId('desk-calendar')).toBeVisible();
    await expect(page.getByTestId('onboarding-checklist')).toHaveCount(0);
  });

  test('the operator’s calendar shows every studio’s blocks by name, options hatched, closed days shaded', async ({ page }) => {
    await openAs(page, '/calendar');
    const grid = page.getByTestId('desk-calendar');
    await expect(grid.getByTestId('booking-bar').first()).toBeVisible();
    // Demo data: several studios' names on the bars, and a live option in the weeks ahead.
    for (const name of ['Les Lucioles Animation', 'Brume Games']) await expect(grid.getByTestId('booking-bar').filter({ hasText: name }).first()).toBeVisible();
    // The month view opens on this week's Monday and runs one month: 40 desks × its days.
    const today = new Date(`${parisDay()}T12:00:00Z`);
    const monday = new Date(today);
    monday.setUTCDate(today.getUTCDate() - ((today.getUTCDay() + 6) % 7));
    const end = new Date(monday);
    end.setUTCMonth(end.getUTCMonth() + 1);
    if (end.getUTCDate() !== monday.getUTCDate()) end.setUTCDate(0); // 29–31 of a shorter month: its last day, as date-fns does
    const days = Math.round((end.getTime() - monday.getTime()) / 86_400_000);
    await expect(grid.locator('[data-day]')).toHaveCount(40 * days);
    await expect(grid.locator(`[data-desk="A01"][data-day="${monday.toISOString().slice(0, 10)}"]`)).toBeVisible();
    await page.screenshot({ path: 'screenshots/calendar.png' });
    await page.getByRole('button', { name: 'Trimestre' }).click();
    await expect(page).toHaveURL(/zoom=quarter/);
    await expect(grid.locator('[data-testid="booking-bar"][data-status="OPTION"]').first()).toBeVisible();
  });
});

async function deskId(request: APIRequestContext, token: string, code: string): Promise<string> {
  const { desks } = await must(gql(request, DesksDocument, {}, token));
  return desks.find((d) => d.code === code)!.id;
}
