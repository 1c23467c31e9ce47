import { Navigate, Route, Routes } from 'react-router';
import { AvailabilityPage } from '../features/availability/availability-page';
import { RulesPage } from '../features/rules/rules-page';
import { SettingsPage } from '../features/settings/settings-page';
import { SimulatorPage } from '../features/simulator/simulator-page';
import { TicketsPage } from '../features/tickets/tickets-page';

/** One route per screen; features never import each other, only this file knows them all. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Navigate to="/settings" replace />} />
      <Route path="/settings" element={<SettingsPage />} />
      <Route path="/rules/:ruleSetId?" element={<RulesPage />} />
      <Route path="/simulator" element={<SimulatorPage />} />
      <Route path="/tickets" element={<TicketsPage />} />
      <Route path="/availability" element={<AvailabilityPage />} />
      <Route path="*" element={<Navigate to="/settings" replace />} />
    </Routes>
  );
}
