import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { gql, must, openAs, parisDay, studioWithManager } from '../support/helpers';
import { BookDesksDocument, ConfirmBookingDocument } from '../support/documents';

const PASSWORD = 'Phare-Girouette-Ecluse-93';

/** An iCalendar text with its folded lines put back together (RFC 5545 §3.1). */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

test('a manager makes the studio’s calendar address, a calendar app reads the booking from it, and the bookings export downloads', async ({ page, request }) => {
  const { op, studio, managerEmail } = await studioWithManager(request, { namePrefix: 'Studio Agenda', managerPrefix: 'agenda', managerName: 'Inès Garnier', password: PASSWORD });
  const [startDate, endDate] = [parisDay(21), parisDay(25)];
  const { bookDesks: booking } = await must(
    gql(
      request,
      BookDesksDocument,
      { input: { studioId: studio.id, productionName: 'Le Phare — pilote', startDate, endDate, deskCount: 2 } },
      op,
    ),
  );
  if (booking.status !== 'CONFIRMED') await must(gql(request, ConfirmBookingDocument, { id: booking.id }, op));

  await openAs(page, '/studio', managerEmail, PASSWORD);
  const card = page.locator('.cf-card');
  await expect(card.getByRole('heading', { name: 'Agenda partagé' })).toBeVisible();
  await card.getByRole('button', { name: 'Créer l’adresse de l’agenda' }).click();
  const address = card.getByLabel('Adresse privée de l’agenda');
  await expect(address).toHaveValue(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const url = await address.inputValue();
  await expect(card.getByRole('link', { name: 'Ouvrir dans mon agenda' })).toHaveAttribute('href', url.replace(/^https?:/, 'webcal:'));

  // A calendar app fetches it without any session.
  const feed = await request.get(url, { headers: { authorization: '' } });
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const ics = unfold(await feed.text());
  const codes = booking.desks.map((d) => d.code).sort().join(', ');
  expect(ics).toContain(`UID:booking-${booking.id}@studioflex.fr`);
  expect(ics).toContain(`SUMMARY:Le Phare — pilote · 2 postes (${codes.replace(/,/g, '\\,')})`);
  expect(ics).toContain('STATUS:CONFIRMED');
  expect(ics).toContain(`DTSTART;VALUE=DATE:${startDate.replace(/-/g, '')}`);

  // Coming back, the address is still there to copy.
  await page.reload();
  await expect(page.locator('.cf-card').getByLabel('Adresse privée de l’agenda')).toHaveValue(url);
  await expect(page.locator('.cf-card')).toContainText('Dernière lecture par un agenda');

  await page.goto(`/bookings?from=${parisDay(0)}&to=${parisDay(60)}`);
  await expect(page.getByRole('cell', { name: booking.reference, exact: true })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Réservations (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe(`reservations-${parisDay(0)}-${parisDay(60)}.csv`);
  const csv = readFileSync((await download.path())!);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.toString('utf8').slice(1).split('\r\n');
  expect(lines[0].split(';').slice(0, 4)).toEqual(['Référence', 'Studio', 'Production', 'Statut']);
  const row = lines.find((l) => l.startsWith(booking.reference))!.split(';');
  expect(row.slice(0, 4)).toEqual([booking.reference, studio.name, 'Le Phare — pilote', 'Confirmée']);
  expect(row[4]).toBe(startDate.split('-').reverse().join('/'));
});
