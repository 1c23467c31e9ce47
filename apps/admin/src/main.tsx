import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import 'react-querybuilder/dist/query-builder.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createApolloClient, graphqlEndpoints } from './lib/apollo/create-apollo-client';
import { createSessionApi } from './lib/auth/session-api';
import { createSessionStore } from './lib/auth/session-store';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const session = createSessionStore({ api: createSessionApi(graphqlEndpoints(window.location).http) });
// Trade a stored refresh token now, once, rather than from an effect (StrictMode runs those twice).
void session.restore();
const { client, live } = createApolloClient(session);
createRoot(root).render(
  <StrictMode>
    <App client={client} live={live} session={session} />
  </StrictMode>,
);
