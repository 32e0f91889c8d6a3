import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { LocalDate, monthBounds } from '../src/common/time/dates.js';
import { quantile, round } from './stats.js';

/*
 * The calendar page in Chromium (`npm run bench`, step e): a quarter of a whole site, opened
 * cold for each quarter of a year, then scrolled sideways from its first day to its last.
 * First full render = navigation start → every desk row drawn and no request pending, read
 * from the page's own clock (Performance API); frame times = the gaps between animation
 * frames while scrolling. Reported, never asserted: they depend on the machine.
 */

export interface CalendarRenderReport {
  quarters: Array<{ from: LocalDate; rows: number; cells: number; firstRenderMs: number }>;
  medianFirstRenderMs: number;
  frames: number;
  p50FrameMs: number;
  p95FrameMs: number;
  maxFrameMs: number;
  skipped?: string;
}

interface Options {
  base: string;
  sessionToken: string;
  /** First day of the year scrolled (its four quarters are opened one after the other). */
  from: LocalDate;
  /** Desk rows the page must draw before it counts as rendered. */
  desks: number;
  /** Extra query string for the calendar URL (e.g. `site=<id>`). */
  query?: string;
}

/** The first day of the q-th quarter (0–3) after the one `from` falls in. */
function quarterStart(from: LocalDate, q: number): LocalDate {
  const [year, month] = from.split('-').map(Number) as [number, number];
  const index = year * 12 + Math.floor((month - 1) / 3) * 3 + q * 3;
  return monthBounds(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`).first;
}

function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/** What the page scripts below use of the browser (the bench compiles without the DOM library). */
interface Browser {
  document: { querySelector(selector: string): BrowserElement | null; scrollingElement: BrowserElement | null };
  requestAnimationFrame(callback: (now: number) => void): number;
  performance: { now(): number };
}
interface BrowserElement {
  querySelectorAll(selector: string): { length: number };
  scrollLeft: number;
  scrollWidth: number;
  clientWidth: number;
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

/** Resolves with performance.now() once `desks` rows are in the grid and nothing is loading. */
function waitForFullRender(page: Page, desks: number): Promise<number> {
  return page.evaluate(
    (expected) =>
      new Promise<number>((resolve, reject) => {
        const browser = globalThis as unknown as Browser;
        const { document, performance } = browser;
        const requestAnimationFrame = (callback: (now: number) => void) => browser.requestAnimationFrame(callback);
        const deadline = performance.now() + 60_000;
        const check = () => {
          const grid = document.querySelector('[data-testid="desk-calendar"]');
          const rows = grid?.querySelectorAll('[data-row-index]').length ?? 0;
          const busy = document.querySelector('.tl-toolbar .spinner, [aria-busy="true"]');
          if (rows >= expected && !busy) resolve(performance.now());
          else if (performance.now() > deadline) reject(new Error(`calendar drew ${rows} of ${expected} rows in 60 s`));
          else requestAnimationFrame(check);
        };
        check();
      }),
    desks,
  );
}

/**
 * Scrolls the timeline from its left edge to its right one, then from its top to its bottom, then
 * the page itself, 16 px a frame (a steady trackpad); returns the gaps between frames (ms).
 */
function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const browser = globalThis as unknown as Browser;
        const { document, performance } = browser;
        const sideways = document.querySelector('.tl-scroll');
        const page = document.scrollingElement;
        const legs = [
          sideways && { el: sideways, axis: 'scrollLeft' as const, end: sideways.scrollWidth - sideways.clientWidth },
          sideways && { el: sideways, axis: 'scrollTop' as const, end: sideways.scrollHeight - sideways.clientHeight },
          page && { el: page, axis: 'scrollTop' as const, end: page.scrollHeight - page.clientHeight },
        ].filter((leg) => !!leg && leg.end > 0) as Array<{ el: BrowserElement; axis: 'scrollLeft' | 'scrollTop'; end: number }>;
        for (const leg of legs) leg.el[leg.axis] = 0;
        const gaps: number[] = [];
        let last = performance.now();
        const step = (now: number) => {
          gaps.push(now - last);
          last = now;
          const leg = legs[0];
          if (!leg) return resolve(gaps.slice(1));
          if (leg.el[leg.axis] >= leg.end - 1) legs.shift();
          else leg.el[leg.axis] = Math.min(leg.end, leg.el[leg.axis] + 16);
          browser.requestAnimationFrame(step);
        };
        browser.requestAnimationFrame(step);
      }),
  );
}

export async function calendarRenderReport(options: Options, log: (message: string) => void): Promise<CalendarRenderReport> {
  const executablePath = chromiumPath();
  const empty = { quarters: [], medianFirstRenderMs: 0, frames: 0, p50FrameMs: 0, p95FrameMs: 0, maxFrameMs: 0 };
  if (!executablePath) return { ...empty, skipped: 'no Chromium (set CHROMIUM_PATH)' };
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    await context.addCookies([{ name: 'flex_session', value: options.sessionToken, url: options.base }]);
    const page = await context.newPage();
    const quarters: CalendarRenderReport['quarters'] = [];
    const gaps: number[] = [];
    for (let q = 0; q < 4; q++) {
      const from = quarterStart(options.from, q);
      const query = [`zoom=quarter`, `from=${from}`, options.query].filter(Boolean).join('&');
      await page.goto(`${options.base}/calendar?${query}`);
      const firstRenderMs = round(await waitForFullRender(page, options.desks));
      const rows = await page.locator('[data-testid="desk-calendar"] [data-row-index]').count();
      const cells = await page.locator('[data-testid="desk-calendar"] [data-col]').count();
      quarters.push({ from, rows, cells, firstRenderMs });
      gaps.push(...(await scrollFrames(page)));
    }
    const sorted = [...gaps].sort((a, b) => a - b);
    const firstRenders = quarters.map((q) => q.firstRenderMs).sort((a, b) => a - b);
    const report = {
      quarters,
      medianFirstRenderMs: round(quantile(firstRenders, 0.5)),
      frames: gaps.length,
      p50FrameMs: round(quantile(sorted, 0.5)),
      p95FrameMs: round(quantile(sorted, 0.95)),
      maxFrameMs: round(sorted.at(-1) ?? 0),
    };
    log(`\n== (e) Calendar page in Chromium, quarter view of ${options.desks} desks, a year from ${options.from} (${executablePath})`);
    log('quarter from  rows  cells  first full render ms');
    for (const q of quarters) log(`${q.from}    ${String(q.rows).padStart(4)}  ${String(q.cells).padStart(5)}  ${String(q.firstRenderMs).padStart(20)}`);
    log(`scrolling: ${report.frames} frames, p50 ${report.p50FrameMs} ms, p95 ${report.p95FrameMs} ms, max ${report.maxFrameMs} ms`);
    return report;
  } finally {
    await browser.close();
  }
}
