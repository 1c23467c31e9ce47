import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { startCookieSession } from './cookie-session';
import { renderSessionBanner } from './session-banner';

// Served by the API itself at /graphiql, so the endpoint is this page's own origin: queries and
// mutations over HTTP, subscriptions over graphql-ws on the same port.
const endpoint = new URL('/graphql', window.location.href);
const socket = new URL(endpoint);
socket.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

const session = startCookieSession(endpoint);
const base = createGraphiQLFetcher({ url: endpoint.href, subscriptionUrl: socket.href });

// The session's token goes with every request (over graphql-ws the headers become connectionParams),
// unless the Headers tab already names a credential.
const fetcher: Fetcher = async (params, options) => {
  const headers: Record<string, unknown> = { ...options?.headers };
  if (!Object.keys(headers).some((name) => CREDENTIAL_HEADERS.has(name.toLowerCase()))) {
    const token = await session.accessToken();
    if (token) headers['authorization'] = `Bearer ${token}`;
  }
  return base(params, { ...options, headers });
};
const CREDENTIAL_HEADERS = new Set(['authorization', 'x-api-key', 'apikey']);

const DEFAULT_QUERY = `# Who you are: signed in to the admin app, this page sends your session's token.
query Me {
  viewer { role user { name email } }
}

# The demo workspace's newest tickets. Watch new ones arrive in a second tab with
#   subscription { ticketCreated { id subject owner { name } } }
# then hand a Finnish visitor to a person from here:
#   mutation { postVisitorMessage(input: { channel: chat, language: "fi", text: "Haluan peruutuksen" }) { handoff { handedOff reason messageText ticket { id team { name } owner { name } } } } }
query NewestTickets {
  tickets(first: 10) {
    edges { node { id subject status priority sourceChannel team { name } owner { name } } }
  }
}
`;

const banner = document.getElementById('session');
const container = document.getElementById('graphiql');
if (!banner || !container) throw new Error('The page has no #session or #graphiql element');
session.watch((status) => renderSessionBanner(banner, status));
createRoot(container).render(createElement(GraphiQL, { fetcher, defaultQuery: DEFAULT_QUERY, defaultEditorToolsVisibility: true }));
