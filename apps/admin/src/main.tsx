import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import 'react-querybuilder/dist/query-builder.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { appRoutes } from './app/app-routes';
import { createApolloClient, graphqlEndpoints } from './lib/apollo/create-apollo-client';
import { createSessionApi } from './lib/auth/session-api';
import { createSessionStore } from './lib/auth/session-store';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const session = createSessionStore({ api: createSessionApi(graphqlEndpoints(window.location).http) });
// Restore the session from the refresh cookie now, once, rather than from an effect (StrictMode runs those twice).
void session.restore();
const { client, live } = createApolloClient(session);
// Made once, here: a router made during render would be made twice under StrictMode, each listening to history.
const router = createBrowserRouter(appRoutes());
createRoot(root).render(
  <StrictMode>
    <App client={client} live={live} session={session} router={router} />
  </StrictMode>,
);
