import type { SessionStatus } from './cookie-session';

/** Says above GraphiQL whose token its requests carry, or how to get one. */
export function renderSessionBanner(banner: HTMLElement, status: SessionStatus): void {
  banner.dataset['status'] = status.kind;
  banner.replaceChildren(...content(status));
}

function content(status: SessionStatus): (Node | string)[] {
  switch (status.kind) {
    case 'checking':
      return ['Looking for your admin-app session…'];
    case 'signedIn':
      return [
        'Signed in as ',
        strong(`${status.name} (${status.role})`),
        ' through your admin-app session: requests send its token. An Authorization header in the Headers tab takes its place.',
      ];
    case 'signedOut':
      return [
        status.reason === 'signedOutElsewhere' ? 'You signed out of the admin app. ' : status.reason === 'unreachable' ? 'The API did not answer. ' : 'Not signed in. ',
        link('/', 'Sign in to the admin app'),
        ' and this page picks the session up, or put a token or API key in the Headers tab: ',
        code('{ "Authorization": "Bearer …" }'),
      ];
  }
}

function strong(text: string): HTMLElement {
  const element = document.createElement('strong');
  element.textContent = text;
  return element;
}

function code(text: string): HTMLElement {
  const element = document.createElement('code');
  element.textContent = text;
  return element;
}

function link(href: string, text: string): HTMLAnchorElement {
  const element = document.createElement('a');
  element.href = href;
  element.textContent = text;
  return element;
}
