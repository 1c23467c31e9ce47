import { Outlet, type RouteObject } from 'react-router';
import { AuditPage } from '../features/audit/audit-page';
import { AvailabilityPage } from '../features/availability/availability-page';
import { RulesPage } from '../features/rules/rules-page';
import { SettingsPage } from '../features/settings/settings-page';
import { SIGN_IN_PATH } from '../features/sign-in/adapters/next-path';
import { SignInPage } from '../features/sign-in/sign-in-page';
import { SimulatorPage } from '../features/simulator/simulator-page';
import { TicketsPage } from '../features/tickets/tickets-page';
import { ScreenCrash } from '../components/screen-crash';
import { AdminShell } from './app-shell';
import { RequireSession } from './require-session';
import { HomeRedirect, RoleGate } from './role-gate';

/** One route per screen; features never import each other, only this file knows them all. */
export const SCREEN_ROUTES: RouteObject[] = [
  { index: true, element: <HomeRedirect /> },
  { path: 'settings', element: <SettingsPage /> },
  { path: 'rules/:ruleSetId?', element: <RulesPage /> },
  { path: 'simulator', element: <SimulatorPage /> },
  { path: 'tickets', element: <TicketsPage /> },
  { path: 'availability', element: <AvailabilityPage /> },
  { path: 'audit', element: <AuditPage /> },
  { path: '*', element: <HomeRedirect /> },
];

/** Every screen needs a session, sits in the shell, and is gated by role. */
function SignedInFrame() {
  return (
    <RequireSession>
      <AdminShell>
        <RoleGate>
          <Outlet />
        </RoleGate>
      </AdminShell>
    </RequireSession>
  );
}

/** The app's routes: sign-in stands alone, the screens (tests pass stand-ins) sit in the signed-in frame. */
export function appRoutes(screens: RouteObject[] = SCREEN_ROUTES): RouteObject[] {
  return [
    { path: SIGN_IN_PATH, element: <SignInPage /> },
    // The crash boundary sits inside the frame: a screen that throws keeps the shell and its navigation.
    { element: <SignedInFrame />, children: [{ errorElement: <ScreenCrash />, children: screens }] },
  ];
}
