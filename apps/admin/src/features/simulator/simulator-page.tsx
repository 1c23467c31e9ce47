import { Stack, Tabs, Text, Title } from '@mantine/core';
import { IconMessage, IconTicket } from '@tabler/icons-react';
import { HandoffSimulator } from './components/handoff-simulator';
import { TicketSimulator } from './components/ticket-simulator';

/** Try a visitor message or a ticket against the current or the draft configuration, and see why it goes where it goes. Nothing is stored. */
export function SimulatorPage() {
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>Simulator</Title>
        <Text c="dimmed" size="sm">
          Run a visitor message or a ticket through your handoff settings and routing rules, and see what would happen and why. Nothing is saved and nobody is
          notified.
        </Text>
      </div>
      <Tabs defaultValue="message" keepMounted>
        <Tabs.List mb="md">
          <Tabs.Tab value="message" leftSection={<IconMessage size={16} aria-hidden />}>
            Visitor message
          </Tabs.Tab>
          <Tabs.Tab value="ticket" leftSection={<IconTicket size={16} aria-hidden />}>
            Ticket
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="message">
          <HandoffSimulator />
        </Tabs.Panel>
        <Tabs.Panel value="ticket">
          <TicketSimulator />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
