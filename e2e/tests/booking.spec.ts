import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { gql, must, openAs, parisDay, studioWithManager, unique } from '../support/helpers';

const PASSWORD = 'calendrier-2026';

interface Day {
  date: string;
  open: boolean;
}

/** 'YYYY-MM-DD' plus n days (calendar arithmetic on the date alone). */
function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * The first Monday at least `minOffset` days ahead whose whole week (Monday–Friday) the site
 * opens, so that the expected price is plain arithmetic: desks × 5 days × rate.
 */
async function openWeek(request: APIRequestContext, token: string, minOffset: number): Promise<string[]> {
  const from = parisDay(minOffset);
  const to = addDays(from, 70);
  const { availability } = await must(
    gql<{ availability: Day[] }>(request, 'query Availability($from: Date!, $to: Date!) { availability(from: $from, to: $to) { date open } }', { from, to }, token),
  );
  for (let i = 0; i + 5 <= availability.length; i++) {
    const week = availability.slice(i, i + 5);
    if (new Date(`${week[0].date}T12:00:00Z`).getUTCDay() === 1 && week.every((d) => d.open)) return week.map((d) => d.date);
  }
  throw new Error(`No fully open week between ${from} and ${to}`);
}

/** `count` desks free over the days, consecutive on the calendar (same zone, following numbers). */
async function adjacentFreeDesks(request: APIRequestContext, token: string, from: string, to: string, count: number): Promise<string[]> {
  const { freeDesks } = await must(
    gql<{ freeDesks: Array<{ code: string; zone: string }> }>(request, 'query FreeDesks($from: Date!, $to: Date!) { freeDesks(from: $from, to: $to) { id code zone } }', { from, to }, token),
  );
  const free = new Set(freeDesks.map((d) => d.code));
  // Start from the end of the floor (zone D first): demo bookings fill zone A first.
  for (const zone of ['D', 'C', 'B', 'A']) {
    for (let first = 10 - count + 1; first >= 1; first--) {
      const codes = Array.from({ length: count }, (_, i) => `${zone}${String(first + i).padStart(2, '0')}`);
      if (codes.every((c) => free.has(c))) return codes;
    }
  }
  throw new Error(`No ${count} adjacent free desks from ${from} to ${to}`);
}

function cell(page: Page, desk: string, day: string) {
  return page.locator(`[data-testid="desk-calendar"] [data-desk="${desk}"][data-day="${day}"]`);
}

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
    await dialog.getByRole('button', { name: 'Confirmer la réservation' }).click();
    await expect(dialog).toBeHidden();

    const bar = page.getByTestId('booking-bar').filter({ hasText: production });
    await expect(bar.first()).toBeVisible();
    await expect(bar).toHaveCount(4);

    const { bookings } = await must(
      gql<{ bookings: Array<{ productionName: string; status: string; startDate: string; endDate: string; desks: Array<{ code: string }> }> }>(
        request,
        'query Bookings($from: Date!, $to: Date!, $studioId: ID) { bookings(from: $from, to: $to, studioId: $studioId) { id reference status productionName startDate endDate studio { id name } desks { id code } } }',
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
        'mutation BookDesks($input: BookDesksInput!) { bookDesks(input: $input) { id } }',
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
    await expect(dialog.getByRole('button', { name: 'Confirmer la réservation' })).toBeDisabled();
    await page.screenshot({ path: 'screenshots/booking-calendar-conflict.png' });

    const { bookings } = await must(
      gql<{ bookings: unknown[] }>(
        request,
        'query Bookings($from: Date!, $to: Date!, $studioId: ID) { bookings(from: $from, to: $to, studioId: $studioId) { id reference status productionName startDate endDate studio { id name } desks { id code } } }',
        { from: week[0], to: week[4], studioId: mine.studio.id },
        mine.op,
      ),
    );
    expect(bookings).toHaveLength(0);
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
});

async function deskId(request: APIRequestContext, token: string, code: string): Promise<string> {
  const { desks } = await must(gql<{ desks: Array<{ id: string; code: string }> }>(request, '{ desks { id code } }', {}, token));
  return desks.find((d) => d.code === code)!.id;
}
