import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/styles.css';
import './ui/reach.css';
import { loadNamespaces } from './app/i18n';
import { App } from './app/App';
import { namespacesOf, preloadRoute, routeAt } from './app/modules';

// The page the address names starts downloading now (code, strings, first data), beside the
// shell and the session check rather than after them.
const first = routeAt(window.location.pathname);
preloadRoute(first);
if (first) void loadNamespaces(namespacesOf(first));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
