import type { ReactElement } from 'react';
import { matchPath } from 'react-router';
import type { PreloadablePage } from './lazy-page';
import type { Role } from '../gql/graphql';
import type { IconName } from '../ui/icons';

export type { Role };

/** Navigation sections, in the order the sidebar shows them. */
export const NAV_SECTIONS = ['planning', 'site', 'finance', 'admin'] as const;
export type NavSection = (typeof NAV_SECTIONS)[number];

export interface NavEntry {
  /** i18n key in the module's own namespace (e.g. 'nav.floorPlan' in namespace 'site'), from its i18n-nav.ts. */
  labelKey: string;
  /** Position in its section, lower first. The visible entry with the lowest order is the landing page. */
  order: number;
  /** Sidebar section; default 'planning'. */
  section?: NavSection;
  icon?: IconName;
}

/**
 * What a page shows of the sites: 'one' = one site at a time (calendar, board, floor plan),
 * 'many' = one site or all of them (lists, reports). Omitted: nothing site-specific (no picker).
 */
export type SiteScope = 'one' | 'many';

export interface ModuleRoute {
  /** Absolute path, e.g. '/site/floor-plan' or '/bookings/:id'. */
  path: string;
  element: ReactElement;
  /** Who may open it; omitted = every signed-in user. */
  roles?: Role[];
  /** Present = listed in the sidebar (only for the roles above). */
  nav?: NavEntry;
  /** 'bare' = signed in but without the sidebar and top bar (e.g. a full-screen kiosk). Default 'shell'. */
  layout?: 'shell' | 'bare';
  /** The top bar's site picker on this page (see SiteScope). */
  sites?: SiteScope;
  /** Reachable without signing in (a bare page, e.g. the door kiosk, which has no account). */
  public?: boolean;
  /** Other domains whose parts the page shows (their strings are fetched with the page's own). */
  namespaces?: string[];
}

export interface DiscoveredRoute extends ModuleRoute {
  domain: string;
}

type Resources = Record<string, unknown>;

const routeFiles = import.meta.glob<{ routes: ModuleRoute[] }>('../modules/*/routes.tsx', { eager: true });
// A domain's strings come with its pages (one small chunk per domain); only the sidebar's labels ship with the shell.
const i18nFiles = import.meta.glob<{ fr: Resources; en: Resources }>('../modules/*/i18n.ts');
const navFiles = import.meta.glob<{ navFr: Resources; navEn: Resources }>('../modules/*/i18n-nav.ts', { eager: true });

function domainOf(file: string): string {
  const match = /\/modules\/([^/]+)\//.exec(file);
  if (!match) throw new Error(`Not a module file: ${file}`);
  return match[1];
}

/** Every domain's routes, found at build time: adding a domain never edits the shell. */
export const moduleRoutes: DiscoveredRoute[] = Object.entries(routeFiles).flatMap(([file, mod]) =>
  (mod.routes ?? []).map((route) => ({ ...route, domain: domainOf(file) })),
);

/** Every domain's namespace (= the domain's folder name) and how to load its strings. */
export const moduleNamespaces: Map<string, () => Promise<{ fr: Resources; en: Resources }>> = new Map(
  Object.entries(i18nFiles).map(([file, load]) => [domainOf(file), load]),
);

/** The sidebar's labels, by domain: namespace 'nav' reads `<domain>.<key>` (e.g. 'nav:booking.calendar'). */
export const navResources: { fr: Record<string, Resources>; en: Record<string, Resources> } = { fr: {}, en: {} };
for (const [file, mod] of Object.entries(navFiles)) {
  navResources.fr[domainOf(file)] = mod.navFr;
  navResources.en[domainOf(file)] = mod.navEn;
}

export function canSee(route: ModuleRoute, role: Role | undefined): boolean {
  if (!role) return false;
  return !route.roles || route.roles.includes(role);
}

const sectionIndex = (route: ModuleRoute) => NAV_SECTIONS.indexOf(route.nav?.section ?? 'planning');

/** The sidebar entries a role sees, grouped by section in order. */
export function navFor(role: Role | undefined): Array<{ section: NavSection; routes: DiscoveredRoute[] }> {
  const visible = moduleRoutes.filter((r) => r.nav && canSee(r, role));
  return NAV_SECTIONS.map((section) => ({
    section,
    routes: visible
      .filter((r) => (r.nav?.section ?? 'planning') === section)
      .sort((a, b) => (a.nav!.order - b.nav!.order) || a.path.localeCompare(b.path)),
  })).filter((group) => group.routes.length > 0);
}

/** Where "/" leads: the visible nav entry with the lowest order (ties: section order). */
export function landingPath(role: Role | undefined): string | undefined {
  const candidates = moduleRoutes
    .filter((r) => r.nav && canSee(r, role) && !r.path.includes(':'))
    .sort((a, b) => (a.nav!.order - b.nav!.order) || sectionIndex(a) - sectionIndex(b));
  return candidates[0]?.path;
}

/**
 * Starts downloading the page `pathname` opens (its chunk, and through its `prefetch` its first
 * data) at once, alongside the shell and the session check instead of after them.
 */
export function preloadRoute(route: DiscoveredRoute | undefined): void {
  const page = route?.element.type as Partial<PreloadablePage> | undefined;
  void page?.preload?.().catch(() => undefined);
}

/** The namespaces a route's page reads: its domain's, then those of the parts it borrows. */
export const namespacesOf = (route: DiscoveredRoute): string[] => [route.domain, ...(route.namespaces ?? [])];

/** The module route an address opens, if any. */
export function routeAt(pathname: string): DiscoveredRoute | undefined {
  return moduleRoutes.find((r) => matchPath(r.path, pathname));
}
