import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { theme } from '../app/theme';

/** Renders a screen with the app's theme, a router at `route`, and Apollo answering from `mocks`. */
export function renderWithProviders(ui: ReactElement, { mocks = [], route = '/' }: { mocks?: MockLink.MockedResponse[]; route?: string } = {}): RenderResult {
  return render(
    <MockedProvider mocks={mocks}>
      <MantineProvider theme={theme}>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </MantineProvider>
    </MockedProvider>,
  );
}
