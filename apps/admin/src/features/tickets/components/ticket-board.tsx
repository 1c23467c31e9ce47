import { Group, ScrollArea } from '@mantine/core';
import type { BoardFilter } from '../adapters/board-cache';
import { STATUS_COLUMNS } from '../adapters/ticket-labels';
import { useNow } from '../../../lib/hooks/use-now';
import type { TicketCardActions } from './ticket-card';
import { TicketColumn } from './ticket-column';

interface TicketBoardProps extends TicketCardActions {
  readonly filter: BoardFilter;
  readonly showDone: boolean;
  readonly arrived: ReadonlySet<string>;
}

/** The kanban: one column per status, resolved and closed only on request. */
export function TicketBoard({ filter, showDone, arrived, ...actions }: TicketBoardProps) {
  const now = useNow(30_000);
  const columns = STATUS_COLUMNS.filter((column) => showDone || !column.done);
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Group align="flex-start" wrap="nowrap" gap="sm">
        {columns.map(({ status, label }) => (
          <TicketColumn key={status} status={status} label={label} filter={filter} arrived={arrived} now={now} {...actions} />
        ))}
      </Group>
    </ScrollArea>
  );
}
