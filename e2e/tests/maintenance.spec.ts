import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { gql, openAs, operatorToken, unique } from '../support/helpers';
import { ActivateContractDocument, AddKitMaintenanceDocument, BookDesksDocument, BookingsDocument, ConfirmBookingDocument, CreateContractDocument, CreateStudioDocument, DesksMaintenanceDocument, FreeDesksDocument, KitsMaintenanceDocument, OpenMaintenanceTicketDocument, ResolveMaintenanceTicketMaintenanceDocument } from '../support/documents';
import { firstSiteId } from '../support/sites';

interface Desk {
  id: string;
  code: string;
  bookable: boolean;
  kit: { id: string; assetTag: string; status: string } | null;
}

/** Desks the other suites do not look at; the first one in service is used. */
const CANDIDATES = ['D07', 'D06', 'D08', 'C09', 'C10', 'A08'];

async function desks(request: APIRequestContext, token: string): Promise<Desk[]> {
  return (await gql(request, DesksMaintenanceDocument, { siteId: await firstSiteId(request, token) }, token)).data!.desks;
}

async function must<T>(promise: Promise<{ data?: T; errors?: unknown }>): Promise<T> {
  const res = await promise;
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** Today and the next days in Europe/Paris, 'YYYY-MM-DD' (the product's days). */
function parisDay(offset = 0): string {
  const d = new Date(Date.now() + offset * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/** A studio of its own with an active contract and a confirmed booking of one free desk (zone A or B) from today. */
async function bookingOnOneDesk(request: APIRequestContext, token: string) {
  const name = unique('Studio Atelier');
  const { createStudio: studio } = await must(
    gql(
      request,
      CreateStudioDocument,
      { input: { name, legalName: `${name} SAS`, siret: '85212345600018', billingAddress: '3 rue de la Cartoucherie, 16000 Angoulême', contactEmail: `${unique('prod')}@example.fr` } },
      token,
    ),
  );
  const { createContract: contract } = await must(
    gql(
      request,
      CreateContractDocument,
      { input: { studioId: studio.id, startDate: parisDay(-1), endDate: parisDay(365), dailyRateCents: 4500, maxDesks: 10, insurancePolicyRef: unique('MAIF'), insuranceExpiresOn: parisDay(400) } },
      token,
    ),
  );
  await must(gql(request, ActivateContractDocument, { id: contract.id }, token));
  const { freeDesks } = await must(
    gql(request, FreeDesksDocument, { from: parisDay(0), to: parisDay(6) }, token),
  );
  const desk = ['A07', 'A09', 'B07', 'B10', 'A04'].map((code) => freeDesks.find((d) => d.code === code)).find(Boolean)!;
  expect(desk).toBeDefined();
  const { bookDesks: booking } = await must(
    gql(
      request,
      BookDesksDocument,
      { input: { studioId: studio.id, productionName: 'Les Ailes de Cognac — layout', startDate: parisDay(0), endDate: parisDay(6), deskIds: [desk.id] } },
      token,
    ),
  );
  if (booking.status !== 'CONFIRMED') await must(gql(request, ConfirmBookingDocument, { id: booking.id }, token));
  return { studio, desk, booking };
}

test.describe('maintenance: a broken kit takes its desk out of service until a spare is swapped in', () => {
  test('the operator opens a blocking ticket, sees the desk out of service on the plan, swaps a spare in and the desk is free again', async ({ page, request }) => {
    const token = await operatorToken(request);
    // A spare of this test's own, so no other test competes for it.
    const spareTag = `KIT-E${Date.now().toString(36).slice(-5).toUpperCase()}`;
    const added = await gql(
      request,
      AddKitMaintenanceDocument,
      { input: { assetTag: spareTag, purchasedOn: '2026-01-15', components: [{ type: 'WORKSTATION', model: 'HP Z2 G9 Tower', serialNumber: unique('ws'), embodiedKgCo2e: 205, refurbished: true }] } },
      token,
    );
    expect(added.errors).toBeUndefined();
    const spareId = added.data!.addKit.id;
    const all = await desks(request, token);
    const desk = CANDIDATES.map((code) => all.find((d) => d.code === code)!).find((d) => d.bookable && d.kit)!;
    expect(desk).toBeDefined();
    const brokenTag = desk.kit!.assetTag;
    const title = 'La station redémarre en boucle';

    // 1. The board: report the problem as BLOCKING.
    await openAs(page, '/maintenance');
    await expect(page.getByRole('heading', { level: 1, name: 'Maintenance' })).toBeVisible();
    await page.getByRole('button', { name: 'Signaler une panne' }).click();
    const form = page.getByRole('dialog', { name: 'Signaler une panne' });
    await form.getByLabel('Kit').selectOption({ label: `${brokenTag} — poste ${desk.code}` });
    await form.getByLabel('Problème').fill(title);
    await form.getByLabel('Détails').fill('Écran noir après le logo, impossible de travailler.');
    await form.getByRole('radio', { name: /Bloquant/ }).check();
    await form.getByRole('button', { name: 'Ouvrir le ticket' }).click();
    await expect(page.getByText(`Ticket bloquant ouvert : le poste ${desk.code} est hors service.`)).toBeVisible();
    // Its card, told from any earlier one by the kit it is about.
    const card = page.getByRole('region', { name: 'Ouverts' }).getByRole('article', { name: title, exact: true }).filter({ hasText: brokenTag });
    await expect(card).toBeVisible();
    await expect(card).toContainText(`Poste ${desk.code} hors service`);
    await page.screenshot({ path: join(__dirname, '..', 'screenshots', 'maintenance-board.png') });

    // 1b. The booking calendar marks the desk's row out of service: it cannot be selected.
    await page.getByRole('link', { name: 'Calendrier' }).click();
    const calendarRow = page.getByTestId('desk-calendar').getByRole('rowheader').filter({ hasText: desk.code });
    await expect(calendarRow).toContainText('hors service');

    // 2. The floor plan shows the desk out of service.
    await page.getByRole('link', { name: 'Plan du site' }).click();
    // The plan's code arrives with its route: the calendar (whose cells also carry data-desk) stays until then.
    await expect(page.getByTestId('desk-calendar')).toHaveCount(0);
    const deskButton = page.locator(`[data-desk="${desk.code}"]`);
    await expect(deskButton).toHaveAttribute('data-state', 'MAINTENANCE');
    await expect(deskButton).toHaveAccessibleName(`Poste ${desk.code}, zone ${desk.code[0]} : En maintenance`);
    await expect(deskButton.locator('.desk__hatch')).toHaveCount(1);
    await deskButton.click();
    const panel = page.getByRole('complementary', { name: `Poste ${desk.code}` });
    await expect(panel).toContainText('Hors service : ne peut pas être réservé');
    await expect(panel).toContainText(brokenTag);
    await page.screenshot({ path: join(__dirname, '..', 'screenshots', 'maintenance-floor-plan.png') });

    // 3. Swap the spare in from the desk's panel.
    await panel.getByRole('button', { name: 'Remplacer le kit' }).click();
    const swap = page.getByRole('dialog', { name: `Installer un kit sur le poste ${desk.code}` });
    await swap.getByLabel('Kit de réserve').selectOption(spareId);
    await expect(swap).toContainText(`Actuellement : ${brokenTag} (En maintenance)`);
    await swap.getByRole('button', { name: 'Installer' }).click();
    await expect(page.getByText(`${spareTag} est installé sur le poste ${desk.code} : le poste est réservable.`)).toBeVisible();

    // 4. The desk is free again, with the spare on it.
    await expect(deskButton).toHaveAttribute('data-state', 'OPERATIONAL');
    await expect(deskButton.locator('.desk__hatch')).toHaveCount(0);
    await expect(panel).toContainText(spareTag);
    await expect(panel).toContainText('Réservable');
    await expect(panel).not.toContainText('Hors service');
    await page.screenshot({ path: join(__dirname, '..', 'screenshots', 'maintenance-swapped.png') });
    const after = (await desks(request, token)).find((d) => d.id === desk.id)!;
    expect(after).toMatchObject({ bookable: true, kit: { id: spareId, status: 'OPERATIONAL' } });

    await page.getByRole('link', { name: 'Calendrier' }).click();
    await expect(calendarRow).toBeVisible();
    await expect(calendarRow).not.toContainText('hors service');

    // 5. Back on the board, the broken kit is now a spare; resolving its ticket puts it back in service.
    await page.getByRole('link', { name: 'Maintenance' }).click();
    await expect(card).toContainText('Kit en réserve');
    await card.getByRole('button', { name: 'Résoudre' }).click();
    const resolve = page.getByRole('dialog', { name: /^Résoudre/ });
    await resolve.getByLabel('Ce qui a été fait').fill('Alimentation remplacée sous garantie.');
    await resolve.getByRole('button', { name: 'Marquer comme résolu' }).click();
    await expect(page.getByText(`Ticket résolu : ${brokenTag} est de nouveau opérationnel.`)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Résolus' }).getByRole('article', { name: title, exact: true }).filter({ hasText: brokenTag }).first()).toBeVisible();
    const broken = (await gql(request, KitsMaintenanceDocument, {}, token)).data!.kits;
    expect(broken.find((k) => k.assetTag === brokenTag)).toEqual({ assetTag: brokenTag, status: 'OPERATIONAL', spare: true });
  });

  test('a booking on a broken desk is listed to move and moves, once confirmed, to the suggested desk', async ({ page, request }) => {
    const token = await operatorToken(request);
    const { studio, desk, booking } = await bookingOnOneDesk(request, token);
    const kit = (await desks(request, token)).find((d) => d.id === desk.id)!.kit!;
    const { openMaintenanceTicket: ticket } = await must(
      gql(
        request,
        OpenMaintenanceTicketDocument,
        { input: { kitId: kit.id, title: 'Alimentation grillée', severity: 'BLOCKING' } },
        token,
      ),
    );

    await openAs(page, '/maintenance');
    const moves = page.getByRole('region', { name: /Réservations à déplacer/ });
    const row = moves.getByRole('row').filter({ hasText: booking.reference });
    await expect(row).toContainText(desk.code);
    await expect(row).toContainText(studio.name);
    const button = row.getByRole('button', { name: /^Déplacer vers / });
    const target = ((await button.textContent()) ?? '').replace('Déplacer vers', '').trim();
    expect(target).toMatch(/^[A-D]\d\d$/);
    expect(target).not.toBe(desk.code);
    await button.click();
    // Asked first: the move changes where the crew sits from today.
    const ask = page.getByRole('dialog');
    await expect(ask).toContainText(`Déplacer ${booking.reference} du poste ${desk.code} vers le poste ${target} ?`);
    await ask.getByRole('button', { name: `Déplacer vers ${target}` }).click();
    await expect(page.getByText(new RegExp(`${booking.reference} déplacée du poste ${desk.code} au poste ${target}`))).toBeVisible();
    await expect(moves.getByRole('row').filter({ hasText: booking.reference })).toHaveCount(0);

    const res = await must(
      gql(
        request,
        BookingsDocument,
        { from: parisDay(0), to: parisDay(6), studioId: studio.id },
        token,
      ),
    );
    expect(res.bookings.find((b) => b.id === booking.id)!.desks.map((d) => d.code)).toContain(target);
    // Put the desk back in service for the other tests.
    await must(gql(request, ResolveMaintenanceTicketMaintenanceDocument, { id: ticket.id, r: 'Alimentation remplacée' }, token));
  });
});
