import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { ToastProvider } from '../ui/Toast';
import { apolloClient } from './apollo';
import { AuthProvider } from './auth';
import { AppRoutes } from './router';

export function App() {
  return (
    <ApolloProvider client={apolloClient}>
      <BrowserRouter>
        <AuthProvider>
          <ToastProvider>
            <AppRoutes />
          </ToastProvider>
        </AuthProvider>
      </BrowserRouter>
    </ApolloProvider>
  );
}
