import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, type DataRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { theme } from '../app/theme';
import { SessionContext } from '../lib/auth/session-context';
import type { SessionHandle } from '../lib/auth/session-state';
import { testSession } from './test-session';

interface RenderOptions {
  readonly mocks?: MockLink.MockedResponse[];
  readonly route?: string;
  /** A whole history instead of `route`, at `index` (the last entry unless given): for tests of Back and Forward. */
  readonly entries?: readonly string[];
  readonly index?: number;
  /** Who is signed in; an admin unless a test says otherwise (see test-session.ts). */
  readonly session?: SessionHandle;
}

/** What render returns, plus the router, so a test can press "Back" (`router.navigate(-1)`) or read where it is. */
export type RenderWithRouterResult = RenderResult & { readonly router: DataRouter };

/**
 * Renders `routes` the way the app does: a data router (in memory, at `route`) inside the app's
 * theme, Apollo answering from `mocks`, and a session. A data router, as in the app, because
 * useBlocker (the leave guards) works only under one.
 */
export function renderRoutesWithProviders(routes: RouteObject[], { mocks = [], route = '/', entries = [route], index, session = testSession() }: RenderOptions = {}): RenderWithRouterResult {
  const router = createMemoryRouter(routes, { initialEntries: [...entries], initialIndex: index ?? entries.length - 1 });
  const result = render(
    <SessionContext.Provider value={session}>
      <MockedProvider mocks={mocks}>
        <MantineProvider theme={theme}>
          <RouterProvider router={router} />
        </MantineProvider>
      </MockedProvider>
    </SessionContext.Provider>,
  );
  return Object.assign(result, { router });
}

/** Renders a screen with the app's theme, a router at `route` (or in `entries`), Apollo answering from `mocks`, and a session. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}): RenderWithRouterResult {
  // One catch-all route: `ui` may bring its own <Routes>, matched from the root as before.
  return renderRoutesWithProviders([{ path: '*', element: ui }], options);
}
