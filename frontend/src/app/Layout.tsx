import { useEffect, useRef, useState } from 'react';
import { Link, matchPath, NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatLongDay, Icon, todayInParis } from '../ui';
import { useAuth } from './auth';
import { LanguageSwitch } from './LanguageSwitch';
import { moduleRoutes, navFor } from './modules';
import { SitePicker } from './SitePicker';
import { shortSiteName, useSiteScope, withSite } from './site-scope';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}

function UserMenu() {
  const { t } = useTranslation('app');
  const { user, logout } = useAuth();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  if (!user) return null;
  return (
    <div className="user-menu" ref={ref}>
      <button type="button" className="user-menu__trigger" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        <span className="sr-only">{t('user.menu')}</span>
        <span className="avatar" aria-hidden="true">{initials(user.fullName)}</span>
        <span className="user-menu__who">
          <span className="user-menu__name">{user.fullName}</span>
          <span className="user-menu__role">{user.studio?.name ?? t(`roles.${user.role}`)}</span>
        </span>
        <Icon name="chevronDown" size={16} />
      </button>
      {open && (
        <div className="menu" role="menu">
          <div className="menu__header">
            <div className="menu__title">{user.fullName}</div>
            <div className="menu__subtitle">{user.email}</div>
            <div className="menu__subtitle">{t(`roles.${user.role}`)}</div>
          </div>
          <Link role="menuitem" className="menu__item" to="/account/password" onClick={() => setOpen(false)}>
            <Icon name="lock" size={16} />
            {t('user.changePassword')}
          </Link>
          <button type="button" role="menuitem" className="menu__item" onClick={() => void logout()}>
            <Icon name="logout" size={16} />
            {t('user.signOut')}
          </button>
        </div>
      )}
    </div>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const location = useLocation();
  const groups = navFor(user?.role);
  const sites = useSiteScope();
  const siteScope = moduleRoutes.find((r) => matchPath(r.path, location.pathname))?.sites;
  const shownSite = siteScope === 'one' || !sites.several ? sites.current : sites.chosen;
  const mainRef = useRef<HTMLElement>(null);
  // On a phone the sidebar is a drawer opened by the menu button; any navigation closes it.
  const [navOpen, setNavOpen] = useState(false);

  useEffect(() => {
    mainRef.current?.scrollTo({ top: 0 });
    setNavOpen(false);
  }, [location.pathname]);

  useEffect(() => {
    if (!navOpen) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setNavOpen(false);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navOpen]);

  return (
    <div className={navOpen ? 'shell shell--nav-open' : 'shell'}>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>{t('app:nav.skip')}</a>
      {navOpen && <div className="shell__scrim" aria-hidden="true" onClick={() => setNavOpen(false)} />}
      <aside className="sidebar" id="sidebar">
        <div className="sidebar__brand">
          <span className="logo" aria-hidden="true">F</span>
          <span>
            <span className="sidebar__name">{t('app:brand.name')}</span>
            <span className="sidebar__site">{shownSite ? shortSiteName(shownSite.name) : t(sites.several ? 'app:site.network' : 'app:brand.site')}</span>
          </span>
        </div>
        <nav className="sidebar__nav" aria-label={t('app:nav.label')}>
          {groups.map((group) => (
            <div className="nav-group" key={group.section}>
              <div className="nav-group__title">{t(`app:nav.sections.${group.section}`)}</div>
              <ul>
                {group.routes.map((route) => (
                  <li key={route.path}>
                    <NavLink to={withSite(route.path, location.search)} className="nav-link" data-nav={route.path}>
                      <Icon name={route.nav!.icon ?? 'chevronRight'} size={18} />
                      <span>{t(`nav:${route.domain}.${route.nav!.labelKey.replace(/^nav\./, '')}`)}</span>
                    </NavLink>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
        <div className="sidebar__footer">
          <span className="role-chip">{user ? t(`app:roles.${user.role}`) : null}</span>
        </div>
      </aside>
      <div className="shell__main">
        <header className="topbar">
          <button type="button" className="icon-btn icon-btn--md topbar__menu" aria-controls="sidebar" aria-expanded={navOpen} onClick={() => setNavOpen((o) => !o)}>
            <Icon name={navOpen ? 'x' : 'menu'} size={20} />
            <span className="sr-only">{t('app:nav.open')}</span>
          </button>
          <div className="topbar__today">
            <Icon name="calendar" size={16} />
            <span>{t('app:common.today')}</span>
            <strong>{formatLongDay(todayInParis())}</strong>
          </div>
          <div className="topbar__spacer" />
          {siteScope && <SitePicker scope={siteScope} />}
          <LanguageSwitch />
          <UserMenu />
        </header>
        <main className="content" ref={mainRef} id="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
