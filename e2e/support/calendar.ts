import type { APIRequestContext, Page } from '@playwright/test';
import { AvailabilityDocument, FreeDesksDocument } from './documents';
import { gql, must, parisDay } from './helpers';

/* The desk calendar's days and free desks, for tests that select blocks on it. */

/** 'YYYY-MM-DD' plus n days (calendar arithmetic on the date alone). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * The first Monday at least `minOffset` days ahead whose whole week (Monday–Friday) the site
 * opens, so that the expected price is plain arithmetic: desks × 5 days × rate.
 */
export async function openWeek(request: APIRequestContext, token: string, minOffset: number): Promise<string[]> {
  const from = parisDay(minOffset);
  const to = addDays(from, 70);
  const { availability } = await must(
    gql(request, AvailabilityDocument, { from, to }, token),
  );
  for (let i = 0; i + 5 <= availability.length; i++) {
    const week = availability.slice(i, i + 5);
    if (new Date(`${week[0].date}T12:00:00Z`).getUTCDay() === 1 && week.every((d) => d.open)) return week.map((d) => d.date);
  }
  throw new Error(`No fully open week between ${from} and ${to}`);
}

/** `count` desks free over the days, consecutive on the calendar (same zone, following numbers). */
export async function adjacentFreeDesks(request: APIRequestContext, token: string, from: string, to: string, count: number): Promise<string[]> {
  const { freeDesks } = await must(
    gql(request, FreeDesksDocument, { from, to }, token),
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

export function cell(page: Page, desk: string, day: string) {
  return page.locator(`[data-testid="desk-calendar"] [data-desk="${desk}"][data-day="${day}"]`);
}
