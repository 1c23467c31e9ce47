import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import 'react-querybuilder/dist/query-builder.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createApolloClient } from './lib/apollo/create-apollo-client';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const { client, live } = createApolloClient();
createRoot(root).render(
  <StrictMode>
    <App client={client} live={live} />
  </StrictMode>,
);
