import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { theme } from '../app/theme';
import { SessionContext } from '../lib/auth/session-context';
import type { SessionHandle } from '../lib/auth/session-state';
import { testSession } from './test-session';

interface RenderOptions {
  readonly mocks?: MockLink.MockedResponse[];
  readonly route?: string;
  /** Who is signed in; an admin unless a test says otherwise (see test-session.ts). */
  readonly session?: SessionHandle;
}

/** Renders a screen with the app's theme, a router at `route`, Apollo answering from `mocks`, and a session. */
export function renderWithProviders(ui: ReactElement, { mocks = [], route = '/', session = testSession() }: RenderOptions = {}): RenderResult {
  return render(
    <SessionContext.Provider value={session}>
      <MockedProvider mocks={mocks}>
        <MantineProvider theme={theme}>
          <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
        </MantineProvider>
      </MockedProvider>
    </SessionContext.Provider>,
  );
}
