import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

// Served by the API itself at /graphiql, so the endpoint is this page's own origin: queries and
// mutations over HTTP, subscriptions over graphql-ws on the same port.
const endpoint = new URL('/graphql', window.location.href);
const socket = new URL(endpoint);
socket.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

const fetcher = createGraphiQLFetcher({ url: endpoint.href, subscriptionUrl: socket.href });

const DEFAULT_QUERY = `# The demo workspace's newest tickets. Watch new ones arrive in a second tab with
#   subscription { ticketCreated { id subject owner { name } } }
# then hand a Finnish visitor to a person from here:
#   mutation { postVisitorMessage(input: { channel: chat, language: "fi", text: "Haluan peruutuksen" }) { handoff { handedOff reason messageText ticket { id team { name } owner { name } } } } }
query NewestTickets {
  tickets(first: 10) {
    edges { node { id subject status priority sourceChannel team { name } owner { name } } }
  }
}
`;

const container = document.getElementById('graphiql');
if (!container) throw new Error('The page has no #graphiql element');
createRoot(container).render(createElement(GraphiQL, { fetcher, defaultQuery: DEFAULT_QUERY, defaultEditorToolsVisibility: true }));
