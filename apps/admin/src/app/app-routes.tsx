import { Route, Routes } from 'react-router';
import { AuditPage } from '../features/audit/audit-page';
import { AvailabilityPage } from '../features/availability/availability-page';
import { RulesPage } from '../features/rules/rules-page';
import { SettingsPage } from '../features/settings/settings-page';
import { SimulatorPage } from '../features/simulator/simulator-page';
import { TicketsPage } from '../features/tickets/tickets-page';
import { HomeRedirect } from './role-gate';

/** One route per screen; features never import each other, only this file knows them all. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<HomeRedirect />} />
      <Route path="/settings" element={<SettingsPage />} />
      <Route path="/rules/:ruleSetId?" element={<RulesPage />} />
      <Route path="/simulator" element={<SimulatorPage />} />
      <Route path="/tickets" element={<TicketsPage />} />
      <Route path="/availability" element={<AvailabilityPage />} />
      <Route path="/audit" element={<AuditPage />} />
      <Route path="*" element={<HomeRedirect />} />
    </Routes>
  );
}
