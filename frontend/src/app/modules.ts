import type { ReactElement } from 'react';
import type { Role } from '../gql/graphql';
import type { IconName } from '../ui/icons';

export type { Role };

/** Navigation sections, in the order the sidebar shows them. */
export const NAV_SECTIONS = ['planning', 'site', 'finance', 'admin'] as const;
export type NavSection = (typeof NAV_SECTIONS)[number];

export interface NavEntry {
  /** i18n key in the module's own namespace (e.g. 'nav.floorPlan' in namespace 'site'). */
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
}

export interface DiscoveredRoute extends ModuleRoute {
  domain: string;
}

type Resources = Record<string, unknown>;

const routeFiles = import.meta.glob<{ routes: ModuleRoute[] }>('../modules/*/routes.tsx', { eager: true });
const i18nFiles = import.meta.glob<{ fr: Resources; en: Resources }>('../modules/*/i18n.ts', { eager: true });

function domainOf(file: string): string {
  const match = /\/modules\/([^/]+)\//.exec(file);
  if (!match) throw new Error(`Not a module file: ${file}`);
  return match[1];
}

/** Every domain's routes, found at build time: adding a domain never edits the shell. */
export const moduleRoutes: DiscoveredRoute[] = Object.entries(routeFiles).flatMap(([file, mod]) =>
  (mod.routes ?? []).map((route) => ({ ...route, domain: domainOf(file) })),
);

/** Every domain's translations, keyed by namespace (= the domain's folder name). */
export const moduleResources: Array<{ namespace: string; fr: Resources; en: Resources }> = Object.entries(i18nFiles).map(
  ([file, mod]) => ({ namespace: domainOf(file), fr: mod.fr, en: mod.en }),
);

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
