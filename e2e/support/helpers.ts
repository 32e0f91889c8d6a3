import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { print } from 'graphql';
import { ActivateContractDocument, CreateContractDocument, CreateStudioDocument, CreateUserInvoicingDocument, LoginDocument } from './documents';

export const OPERATOR = { email: 'operator@studioflex.fr', password: process.env.FLEX_OPERATOR_PASSWORD ?? 'studioflex' };

/** Signs in through the sign-in page and waits until the app shell is shown. */
export async function signIn(page: Page, email = OPERATOR.email, password = OPERATOR.password): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
}

export interface GqlResult<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } & Record<string, unknown> }>;
}

/**
 * A GraphQL call through the product's API (for arranging data a test needs), with one of the shared
 * typed documents of ./documents (the front end's, or the tests' own in ../operations/*.graphql, typed by
 * the codegen): data and variables typed. There is no raw-string form: an operation no document asks
 * gets a named one in ../operations/.
 */
export async function gql<R, V>(request: APIRequestContext, document: TypedDocumentNode<R, V>, variables: NoInfer<V>, token?: string): Promise<GqlResult<R>> {
  const res = await request.post('/graphql', {
    data: { query: print(document), variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return (await res.json()) as GqlResult<R>;
}

/** Logs in over the API and returns the token. */
export async function apiLogin(request: APIRequestContext, email = OPERATOR.email, password = OPERATOR.password): Promise<string> {
  const res = await gql(request, LoginDocument, { email, password });
  if (!res.data) throw new Error(`Login failed for ${email}: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}

/** A value unique to this run, for e-mails and names that must not collide between tests. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

const tokenCache = new Map<string, string>();

/**
 * Opens `path` already signed in, without going through the sign-in form: the session token
 * comes from one API login per user and worker (sign-in failures are limited, and a suite that
 * logged in for every test would be slow), put in the browser as the session cookie the app
 * itself would have set (HttpOnly: the page never sees it). Use `signIn` only when the sign-in
 * page itself is under test.
 */
export async function openAs(page: Page, path: string, email = OPERATOR.email, password = OPERATOR.password): Promise<void> {
  let token = tokenCache.get(email);
  if (!token) {
    token = await apiLogin(page.request, email, password);
    tokenCache.set(email, token);
  }
  await page.context().addCookies([{ name: 'flex_session', value: token, url: baseUrl(), httpOnly: true, sameSite: 'Strict' }]);
  await page.goto(path);
  // The shell's top bar (the sidebar is a closed drawer on a phone).
  await expect(page.getByRole('banner')).toBeVisible();
}

/** The address the product is served at: playwright.config.ts's baseURL (the workers inherit its E2E_PORT). */
export function baseUrl(): string {
  return process.env.E2E_BASE_URL ?? `http://127.0.0.1:${process.env.E2E_PORT}`;
}

/** The operator's API token (cached per worker), for arranging data with `gql`. */
export async function operatorToken(request: APIRequestContext): Promise<string> {
  let token = tokenCache.get(OPERATOR.email);
  if (!token) {
    token = await apiLogin(request);
    tokenCache.set(OPERATOR.email, token);
  }
  return token;
}

/** A day in Europe/Paris, 'YYYY-MM-DD', `offset` days from today (the product's days). */
export function parisDay(offset = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + offset * 86_400_000));
}

/** The data of a GraphQL answer, or a thrown error carrying its errors. */
export async function must<T>(promise: Promise<{ data?: T; errors?: unknown }>): Promise<T> {
  const res = await promise;
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/**
 * A studio of the test's own, with an ACTIVE contract from yesterday for a year (10 desks,
 * 45,00 €/desk-day) and its manager, all through the operator's API.
 */
export async function studioWithManager(
  request: APIRequestContext,
  args: { namePrefix: string; managerPrefix: string; managerName: string; password: string },
): Promise<{ op: string; studio: { id: string; name: string }; managerEmail: string }> {
  const op = await operatorToken(request);
  const name = unique(args.namePrefix);
  const { createStudio: studio } = await must(
    gql(
      request,
      CreateStudioDocument,
      { input: { name, legalName: `${name} SAS`, siret: '85212345600018', billingAddress: '12 rue de Genève, 16000 Angoulême', contactEmail: `${unique('prod')}@example.fr` } },
      op,
    ),
  );
  const { createContract: contract } = await must(
    gql(
      request,
      CreateContractDocument,
      { input: { studioId: studio.id, startDate: parisDay(-1), endDate: parisDay(365), dailyRateCents: 4500, maxDesks: 10, insurancePolicyRef: unique('AXA'), insuranceExpiresOn: parisDay(400) } },
      op,
    ),
  );
  await must(gql(request, ActivateContractDocument, { id: contract.id }, op));
  const managerEmail = `${unique(args.managerPrefix)}@example.fr`;
  await must(
    gql(
      request,
      CreateUserInvoicingDocument,
      { input: { email: managerEmail, fullName: args.managerName, password: args.password, role: 'STUDIO_MANAGER', studioId: studio.id } },
      op,
    ),
  );
  return { op, studio, managerEmail };
}

/** 'YYYY-MM' months after the current one. */
export function monthAhead(delta: number): string {
  const [y, m] = parisDay().slice(0, 7).split('-').map(Number);
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Monday and Friday of the second full week of a month. */
export function secondWeek(month: string): [string, string] {
  const first = new Date(`${month}-01T12:00:00Z`);
  const toMonday = (8 - first.getUTCDay()) % 7;
  const monday = new Date(first.getTime() + (toMonday + 7) * 86_400_000);
  const friday = new Date(monday.getTime() + 4 * 86_400_000);
  return [monday.toISOString().slice(0, 10), friday.toISOString().slice(0, 10)];
}

/** Amounts as the page writes them, spaces plain (Playwright normalises whitespace). */
export const euros = (cents: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100).replace(/[\u202f\u00a0]/g, ' ');
