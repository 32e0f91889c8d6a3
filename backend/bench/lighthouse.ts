import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * The Lighthouse step of `npm run bench`: mobile preset (Lighthouse's default form factor and
 * throttling) on the sign-in page and on the calendar (signed in through the session cookie),
 * against the app the bench started. Prints the performance score and the JavaScript each page
 * loads (transferred, i.e. compressed, and decoded) of the median of BENCH_LIGHTHOUSE_RUNS runs, and checks the assets come compressed and
 * cached for good. Scores are reported, never asserted: they depend on the machine.
 */

export interface PageWeight {
  page: string;
  performance: number;
  scriptKib: number;
  scriptDecodedKib: number;
  scripts: number;
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  /** Every run's performance score; the figures above are the median run's. */
  runs: number[];
}

export interface LighthouseReport {
  pages: PageWeight[];
  asset?: { path: string; contentEncoding: string | null; cacheControl: string | null };
  skipped?: string;
}

interface NetworkItem { url: string; resourceType?: string; transferSize?: number; resourceSize?: number }

function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

async function audit(port: number, url: string, page: string, cookie?: string): Promise<PageWeight> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    extraHeaders: cookie ? { Cookie: cookie } : undefined,
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  // BENCH_LIGHTHOUSE_REPORTS=<folder>: each run's full report, to open in the Lighthouse viewer.
  const reports = process.env.BENCH_LIGHTHOUSE_REPORTS;
  if (reports) writeFileSync(join(reports, `${page}-${Date.now()}.json`), JSON.stringify(lhr));
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const items = ((lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ?? []).filter((i) => i.resourceType === 'Script');
  const metric = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? 0);
  return {
    page,
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    scriptKib: kib(items.reduce((sum, i) => sum + (i.transferSize ?? 0), 0)),
    scriptDecodedKib: kib(items.reduce((sum, i) => sum + (i.resourceSize ?? 0), 0)),
    scripts: items.length,
    firstContentfulPaintMs: metric('first-contentful-paint'),
    largestContentfulPaintMs: metric('largest-contentful-paint'),
    totalBlockingTimeMs: metric('total-blocking-time'),
    runs: [],
  };
}

/** Lighthouse runs per page (BENCH_LIGHTHOUSE_RUNS, default 3): scores vary run to run, the median run is kept. */
function runsPerPage(): number {
  const raw = process.env.BENCH_LIGHTHOUSE_RUNS ?? '3';
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`BENCH_LIGHTHOUSE_RUNS must be a whole number ≥ 1 (got "${raw}")`);
  return n;
}

async function medianAudit(port: number, url: string, page: string, cookie?: string): Promise<PageWeight> {
  const runs: PageWeight[] = [];
  for (let i = 0; i < runsPerPage(); i++) runs.push(await audit(port, url, page, cookie));
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)], runs: runs.map((r) => r.performance) };
}

/** The first script the sign-in page names, fetched as a browser would: its encoding and caching. */
async function assetHeaders(base: string): Promise<LighthouseReport['asset']> {
  const html = await (await fetch(`${base}/login`)).text();
  const path = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!path) return undefined;
  const res = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'br, gzip' } });
  await res.arrayBuffer();
  return { path, contentEncoding: res.headers.get('content-encoding'), cacheControl: res.headers.get('cache-control') };
}

export async function lighthouseReport(base: string, sessionToken: string, log: (message: string) => void): Promise<LighthouseReport> {
  const chromePath = chromiumPath();
  if (!chromePath) return { pages: [], skipped: 'no Chromium (set CHROMIUM_PATH)' };
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const pages: PageWeight[] = [];
    pages.push(await medianAudit(chrome.port, `${base}/login`, 'sign-in'));
    pages.push(await medianAudit(chrome.port, `${base}/calendar`, 'calendar', `flex_session=${sessionToken}`));
    const asset = await assetHeaders(base);
    log(`\n== (d) Lighthouse, mobile preset (${chromePath})`);
    log(`page        perf  JS KiB sent  JS KiB decoded  scripts  FCP ms  LCP ms  TBT ms  (median of ${runsPerPage()} runs: scores)`);
    for (const p of pages) {
      log(`${p.page.padEnd(10)}  ${String(p.performance).padStart(4)}  ${String(p.scriptKib).padStart(11)}  ${String(p.scriptDecodedKib).padStart(14)}  ${String(p.scripts).padStart(7)}  ${String(p.firstContentfulPaintMs).padStart(6)}  ${String(p.largestContentfulPaintMs).padStart(6)}  ${String(p.totalBlockingTimeMs).padStart(6)}  ${p.runs.join(' ')}`);
    }
    if (asset) log(`Asset ${asset.path}: content-encoding ${asset.contentEncoding ?? 'none'}, cache-control ${asset.cacheControl ?? 'none'}`);
    return { pages, asset };
  } finally {
    await chrome.kill();
  }
}
