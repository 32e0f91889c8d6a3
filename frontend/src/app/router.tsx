import { Suspense, useEffect, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, Spinner } from '../ui';
import { useAuth } from './auth';
import { allModuleNamespaces, loadNamespaces } from './i18n';
import { Layout } from './Layout';
import { LoginPage } from './LoginPage';
import { canSee, landingPath, moduleRoutes, namespacesOf, preloadRoute, type DiscoveredRoute } from './modules';

/** Signed-in users only; others go to /login and come back afterwards. */
function RequireAuth({ children }: { children: ReactNode }) {
  const { user, loading } = useAuth();
  const location = useLocation();
  const { t } = useTranslation('app');
  if (loading) return <div className="boot"><Spinner label={t('common.loading')} /></div>;
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

let othersAsked = false;
/** Once a first page is shown and the browser is idle: every other domain's strings, so dialogs and later pages never wait for them. */
function loadOtherNamespacesWhenIdle(): void {
  if (othersAsked) return;
  othersAsked = true;
  // Well after the first page has settled: the rest is for later pages and rarely opened parts.
  const later = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1000));
  setTimeout(() => later(() => void loadNamespaces(allModuleNamespaces()), { timeout: 3000 }), 4000);
}

/** The page once its domain's strings are there (their chunk is fetched alongside the page's). */
function PageContent({ route }: { route: DiscoveredRoute }) {
  preloadRoute(route);
  useTranslation(namespacesOf(route));
  useEffect(loadOtherNamespacesWhenIdle, []);
  return route.element;
}

/** A route's page, whose code and strings are chunks of their own: a spinner while they load. */
function Page({ route }: { route: DiscoveredRoute }) {
  const { t } = useTranslation('app');
  return <Suspense fallback={<div className="boot"><Spinner label={t('common.loading')} /></div>}><PageContent route={route} /></Suspense>;
}

function Guarded({ route }: { route: DiscoveredRoute }) {
  const { user } = useAuth();
  const { t } = useTranslation('app');
  if (!canSee(route, user?.role)) {
    return <EmptyState icon="lock" title={t('forbidden.title')}>{t('forbidden.body')}</EmptyState>;
  }
  return <Page route={route} />;
}

function Landing() {
  const { user } = useAuth();
  const target = landingPath(user?.role);
  return target ? <Navigate to={target} replace /> : <NotFound />;
}

function NotFound() {
  const { t } = useTranslation('app');
  return (
    <EmptyState icon="search" title={t('notFound.title')} action={<a className="btn btn--secondary btn--md" href="/">{t('notFound.back')}</a>}>
      {t('notFound.body')}
    </EmptyState>
  );
}

export function AppRoutes() {
  const shellRoutes = moduleRoutes.filter((r) => r.layout !== 'bare' && !r.public);
  const bareRoutes = moduleRoutes.filter((r) => r.layout === 'bare' && !r.public);
  const publicRoutes = moduleRoutes.filter((r) => r.public);
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {publicRoutes.map((route) => (
        <Route key={route.path} path={route.path} element={<Page route={route} />} />
      ))}
      {bareRoutes.map((route) => (
        <Route key={route.path} path={route.path} element={<RequireAuth><Guarded route={route} /></RequireAuth>} />
      ))}
      <Route element={<RequireAuth><Layout /></RequireAuth>}>
        <Route index element={<Landing />} />
        {shellRoutes.map((route) => (
          <Route key={route.path} path={route.path} element={<Guarded route={route} />} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
