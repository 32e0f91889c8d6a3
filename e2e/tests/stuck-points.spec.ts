import { expect, test, type APIRequestContext } from '@playwright/test';
import { gql, monthAhead, must, openAs, operatorToken, parisDay, secondWeek, studioWithManager, unique } from '../support/helpers';
import { AddCrewMemberOnboardingDocument, AssignCrewPassAgainDocument, AvailabilityStuckPoints2Document, AvailabilityStuckPointsDocument, BookDocument, CheckInStuckPointsDocument, ConfirmBookingOnboardingDocument, DesksStuckPoints2Document, DesksStuckPointsDocument, FreeDesksStuckPointsDocument, InvoicesStuckPointsDocument, OpenMaintenanceTicketSecurityWorldDocument, ResolveMaintenanceTicketMaintenanceDocument, UpdateStudioStuckPointsDocument } from '../support/documents';
import { firstSiteId, ownSite } from '../support/sites';

/*
 * The stuck points of the walk (issue 14), replayed as a production manager and the site
 * operator would meet them at 1440 px, each with the behaviour they expect now.
 */
const PASSWORD = 'points-de-blocage-2026';
test.use({ viewport: { width: 1440, height: 900 } });

/** A Monday at least `minOffset` days ahead from which 12 calendar days (to the next Friday) hold exactly 10 open days. */
async function twoWeeks(request: APIRequestContext, token: string, minOffset: number): Promise<{ from: string; to: string }> {
  const from = parisDay(minOffset);
  const { availability } = await must(
    gql(request, AvailabilityStuckPointsDocument, { from, to: parisDay(minOffset + 90) }, token),
  );
  for (let i = 0; i + 12 <= availability.length; i++) {
    const span = availability.slice(i, i + 12);
    if (new Date(`${span[0].date}T12:00:00Z`).getUTCDay() === 1 && span.filter((d) => d.open).length === 10) return { from: span[0].date, to: span[11].date };
  }
  throw new Error('No two open weeks in the next three months');
}

async function deskIds(request: APIRequestContext, token: string): Promise<Record<string, { id: string; kitId: string | null }>> {
  const { desks } = await must(gql(request, DesksStuckPointsDocument, { siteId: await firstSiteId(request, token) }, token));
  return Object.fromEntries(desks.map((d) => [d.code, { id: d.id, kitId: d.kit?.id ?? null }]));
}

async function freeDeskCodes(request: APIRequestContext, token: string, from: string, to: string): Promise<string[]> {
  const { freeDesks } = await must(gql(request, FreeDesksStuckPointsDocument, { from, to }, token));
  // From the end of the floor: demo bookings fill zone A first.
  return freeDesks.map((d) => d.code).sort().reverse();
}

test.describe('the stuck points of the walk, now passing', () => {
  test('booking dialog: an option by default, said as such; the toast opens the booking, which shows its price, open days and "Staffer"', async ({ page, request }) => {
    const { op, studio, managerEmail } = await studioWithManager(request, { namePrefix: 'Studio Gouache', managerPrefix: 'prod-gouache', managerName: 'Mila Perret', password: PASSWORD });
    const { from, to } = await twoWeeks(request, op, 21);
    // At a site of its own: another test taking a kit out of service cannot change the desks quoted.
    const site = await ownSite(request, op, studio.id, 'Studio FLEX Gouache');
    await openAs(page, `/calendar?site=${site.id}`, managerEmail, PASSWORD);
    await page.getByRole('button', { name: 'Réserver des postes' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/Production/).fill(unique('Les Grues'));
    await dialog.getByLabel(/Premier jour/).fill(from);
    await dialog.getByLabel(/Dernier jour/).fill(to);
    await dialog.getByLabel(/Nombre de postes/).fill('2');
    // 2 desks × 10 open days × 45,00 €.
    await expect(dialog.getByTestId('quote-amount')).toHaveText(/900,00\s€/);
    await expect(dialog).not.toContainText(/postes-jours/i);

    const kind = dialog.getByTestId('booking-kind');
    await expect(kind.getByLabel(/Option \(72 h, non facturée\)/)).toBeChecked();
    await expect(dialog.getByRole('button', { name: 'Poser l’option' })).toBeEnabled();
    await kind.getByLabel(/Réservation ferme/).check();
    await expect(dialog.getByRole('button', { name: 'Confirmer la réservation' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Poser l’option' })).toHaveCount(0);
    await kind.getByLabel(/Option \(72 h/).check();
    await page.screenshot({ path: 'screenshots/stuck-booking-dialog.png' });
    await dialog.getByRole('button', { name: 'Poser l’option' }).click();
    await expect(dialog).toBeHidden();

    const toast = page.locator('.toast').filter({ hasText: /Option BK-/ });
    await toast.getByRole('link', { name: 'Voir la réservation' }).click();
    await expect(page).toHaveURL(/\/bookings\/[0-9a-f-]{36}$/);
    const price = page.getByTestId('booking-price');
    await expect(price.getByTestId('booking-amount')).toHaveText(/900,00\s€/);
    await expect(price.getByTestId('booking-open-days')).toHaveText('10 jours ouvrés facturés sur 12');
    await expect(page.getByText('10 jours ouvrés (12 au calendrier)')).toBeVisible();
    await expect(page.getByText('Confirmez l’option pour placer votre équipe sur les postes.')).toBeVisible();
    await page.getByRole('button', { name: 'Confirmer l’option' }).click();
    const staff = page.getByRole('link', { name: 'Staffer cette réservation' });
    await expect(staff).toBeVisible();
    await page.screenshot({ path: 'screenshots/stuck-booking-page.png' });
    const bookingId = page.url().split('/').pop();
    await staff.click();
    await expect(page).toHaveURL(new RegExp(`/assignments\\?booking=${bookingId}$`));
    await expect(page.getByRole('button', { name: /^Affecter [A-D]\d\d$/ })).toHaveCount(2);
  });

  test('onboarding: an option and a crew member without a pass are not "ready"; a confirmed booking and a pass are', async ({ page, request }) => {
    const { op, studio, managerEmail } = await studioWithManager(request, { namePrefix: 'Studio Sanguine', managerPrefix: 'prod-sanguine', managerName: 'Léon Carré', password: PASSWORD });
    await must(gql(request, UpdateStudioStuckPointsDocument, { input: { id: studio.id, isNew: true } }, op));
    const [monday, friday] = secondWeek(monthAhead(1));
    const [desk] = await freeDeskCodes(request, op, monday, friday);
    const desks = await deskIds(request, op);
    const { bookDesks: option } = await must(
      gql(request, BookDocument, { input: { studioId: studio.id, productionName: unique('Premier court'), startDate: monday, endDate: friday, deskIds: [desks[desk].id], asOption: true } }, op),
    );
    const { addCrewMember: member } = await must(
      gql(request, AddCrewMemberOnboardingDocument, { input: { studioId: studio.id, fullName: 'Anna Vidal', email: `${unique('anna')}@example.fr`, jobTitle: 'Animatrice' } }, op),
    );

    await openAs(page, '/calendar', managerEmail, PASSWORD);
    const checklist = page.getByTestId('onboarding-checklist');
    await expect(checklist).toContainText('2/4');
    await expect(checklist).toContainText('1 option posée, à confirmer pour réserver ses postes.');
    await expect(checklist).toContainText('sans poste ni pass');
    await expect(checklist).not.toHaveClass(/onboarding--complete/);
    await page.screenshot({ path: 'screenshots/stuck-onboarding.png' });

    await must(gql(request, ConfirmBookingOnboardingDocument, { id: option.id }, op));
    await must(gql(request, AssignCrewPassAgainDocument, { input: { bookingId: option.id, crewMemberId: member.id, deskId: desks[desk].id, startDate: monday, endDate: friday } }, op));
    await page.reload();
    await expect(checklist).toContainText('4/4');
    await expect(checklist).toHaveClass(/onboarding--complete/);
  });

  test('board: a desk whose kit went down after a check-in shows and counts as maintenance; moves ask first and never share a desk', async ({ page, request }) => {
    const op = await operatorToken(request);
    const today = parisDay();
    const { availability } = await must(gql(request, AvailabilityStuckPoints2Document, { d: today }, op));
    // A weekend or a public holiday: nobody checks in today, so the board half is replaced by the door's refusal.
    const openToday = availability[0].open;
    const { studio } = await studioWithManager(request, { namePrefix: 'Studio Fusain', managerPrefix: 'prod-fusain-b', managerName: 'Iris Benard', password: PASSWORD });
    const desks = await deskIds(request, op);
    const withKit = (codes: string[]) => codes.filter((c) => desks[c].kitId);
    const [first] = withKit(await freeDeskCodes(request, op, today, today));
    expect(first).toBeDefined();
    // The moves: two bookings sharing a week ahead, on two desks whose kits break too.
    const [monday, friday] = secondWeek(monthAhead(3));
    const [second, third] = withKit(await freeDeskCodes(request, op, monday, friday)).filter((c) => c !== first);
    const later = unique('Série du soir');
    const tickets: string[] = [];
    try {
      if (openToday) {
        const { bookDesks } = await must(gql(request, BookDocument, { input: { studioId: studio.id, productionName: unique('Série du matin'), startDate: today, endDate: today, deskIds: [desks[first].id] } }, op));
        const { addCrewMember } = await must(gql(request, AddCrewMemberOnboardingDocument, { input: { studioId: studio.id, fullName: 'Hugo Lenoir', email: `${unique('crew')}@example.fr`, jobTitle: null } }, op));
        const { assignCrew } = await must(
          gql(request, AssignCrewPassAgainDocument, { input: { bookingId: bookDesks.id, crewMemberId: addCrewMember.id, deskId: desks[first].id, startDate: today, endDate: today } }, op),
        );
        await must(gql(request, CheckInStuckPointsDocument, { code: assignCrew.accessPass!.code! }, op));
      }
      for (const code of [second, third]) {
        await must(gql(request, BookDocument, { input: { studioId: studio.id, productionName: later, startDate: monday, endDate: friday, deskIds: [desks[code].id] } }, op));
      }
      // The kits break during the morning, after the check-in.
      for (const code of [first, second, third]) {
        const { openMaintenanceTicket } = await must(
          gql(
            request,
            OpenMaintenanceTicketSecurityWorldDocument,
            { input: { kitId: desks[code].kitId!, title: 'Écran noir', description: 'Plus d’image depuis 10 h', severity: 'BLOCKING' } },
            op,
          ),
        );
        tickets.push(openMaintenanceTicket.id);
      }

      if (openToday) {
        await openAs(page, '/board');
        await expect(page.locator(`[data-desk="${first}"]`)).toHaveAttribute('data-status', 'MAINTENANCE');
        const down = await page.locator('.desk-tile[data-status="MAINTENANCE"]').count();
        await expect(page.locator('.board-stats .stat').filter({ hasText: 'Maintenance' }).locator('.stat__value')).toHaveText(String(down));
        expect(down).toBeGreaterThanOrEqual(1);
        await page.screenshot({ path: 'screenshots/stuck-board.png' });
      } else {
        // The site is closed: the broken kit still takes its desk out of service.
        const { desks: now } = await must(gql(request, DesksStuckPoints2Document, { siteId: await firstSiteId(request, op) }, op));
        expect(now.find((d) => d.code === first)!.bookable).toBe(false);
      }

      await openAs(page, '/maintenance');
      // Only this test's two bookings of the week ahead (the demo and other tests may have others to move).
      const rows = page.locator('.moves-card tr').filter({ hasText: later });
      const buttons = rows.getByRole('button', { name: /^Déplacer vers [A-D]\d\d$/ });
      await expect(buttons).toHaveCount(2);
      const targets = await buttons.allTextContents();
      // Two bookings sharing days are never offered the same desk.
      expect(new Set(targets.map((s) => s.trim())).size).toBe(2);
      await buttons.first().click();
      const ask = page.getByRole('dialog');
      await expect(ask).toContainText(/Déplacer BK-\S+ du poste [A-D]\d\d vers le poste [A-D]\d\d/);
      await ask.getByRole('button', { name: 'Annuler' }).click();
      await expect(ask).toBeHidden();
      await expect(buttons).toHaveCount(2);
      await buttons.first().click();
      await page.getByRole('dialog').getByRole('button', { name: /^Déplacer vers/ }).click();
      await expect(page.locator('.toast').filter({ hasText: /déplacée du poste/ })).toBeVisible();
      await expect(buttons).toHaveCount(1);
    } finally {
      for (const id of tickets) await gql(request, ResolveMaintenanceTicketMaintenanceDocument, { id, r: 'Câble remplacé' }, op);
    }
  });

  test('invoicing: issuing a month not over asks first; every draft of the month is issued in one action', async ({ page, request }) => {
    const { op, studio } = await studioWithManager(request, { namePrefix: 'Studio Pastel', managerPrefix: 'prod-pastel', managerName: 'Zoé Lemaire', password: PASSWORD });
    const month = monthAhead(10);
    const [monday, friday] = secondWeek(month);
    const [desk] = await freeDeskCodes(request, op, monday, friday);
    const desks = await deskIds(request, op);
    await must(gql(request, BookDocument, { input: { studioId: studio.id, productionName: unique('Le Long Métrage'), startDate: monday, endDate: friday, deskIds: [desks[desk].id] } }, op));

    await openAs(page, `/invoicing?month=${month}`);
    await page.getByRole('button', { name: /Générer les brouillons|Mettre à jour les brouillons/ }).first().click();
    const issueAll = page.getByRole('button', { name: /^Émettre (tous les brouillons \(\d+\)|le brouillon)$/ });
    await expect(issueAll).toBeVisible();
    const drafts = await page.locator('tr', { hasText: 'Brouillon' }).count();
    await issueAll.click();
    const ask = page.getByRole('dialog');
    await expect(ask).toContainText('n’est pas terminé');
    await page.screenshot({ path: 'screenshots/stuck-invoicing.png' });
    await ask.getByRole('button', { name: /^Émettre (la facture|les \d+ factures)$/ }).click();
    await expect(page.locator('.toast').filter({ hasText: /factures? émises?/ })).toContainText(/FLEX-\d{4}-\d{5}/);
    await expect(issueAll).toHaveCount(0);
    const { invoices } = await must(gql(request, InvoicesStuckPointsDocument, { m: month }, op));
    expect(invoices.filter((i) => i.status === 'DRAFT')).toHaveLength(0);
    expect(drafts).toBeGreaterThan(0);
  });

  test('words: a refusal from the server reads in French with its dates written out; CO2 presets nest', async ({ page, request }) => {
    const { op, studio, managerEmail } = await studioWithManager(request, { namePrefix: 'Studio Encre', managerPrefix: 'prod-encre-b', managerName: 'Rémi Caron', password: PASSWORD });
    const [monday, friday] = secondWeek(monthAhead(2));
    const [a, b] = await freeDeskCodes(request, op, monday, friday);
    const desks = await deskIds(request, op);
    const { bookDesks } = await must(gql(request, BookDocument, { input: { studioId: studio.id, productionName: unique('Les Oies'), startDate: monday, endDate: friday, deskIds: [desks[a].id, desks[b].id] } }, op));
    const { addCrewMember } = await must(gql(request, AddCrewMemberOnboardingDocument, { input: { studioId: studio.id, fullName: 'Jules Roche', email: `${unique('jules')}@example.fr`, jobTitle: null } }, op));
    await must(gql(request, AssignCrewPassAgainDocument, { input: { bookingId: bookDesks.id, crewMemberId: addCrewMember.id, deskId: desks[a].id, startDate: monday, endDate: friday } }, op));

    await openAs(page, `/assignments?booking=${bookDesks.id}`, managerEmail, PASSWORD);
    await page.getByRole('button', { name: `Affecter ${b}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/Personne/).selectOption({ label: 'Jules Roche' });
    await dialog.getByRole('button', { name: 'Affecter et créer le pass' }).click();
    const said = dialog.getByText(/Cette personne est déjà sur un autre poste du/);
    await expect(said).toBeVisible();
    await expect(dialog).not.toContainText(/already|\d{4}-\d{2}-\d{2}/);
    await expect(said).toContainText(new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${monday}T12:00:00Z`)).replace(/\u202f|\u00a0/g, ' '));
    await page.screenshot({ path: 'screenshots/stuck-words.png' });

    await openAs(page, '/co2');
    const year = new Date().getFullYear();
    await page.getByRole('button', { name: 'Depuis l’ouverture' }).click();
    await expect(page).toHaveURL(new RegExp(`to=${year}-12-31`));
    await page.getByRole('button', { name: 'Cette année' }).click();
    await expect(page).toHaveURL(new RegExp(`from=${year}-01-01.*to=${year}-12-31|to=${year}-12-31.*from=${year}-01-01`));
  });
});
