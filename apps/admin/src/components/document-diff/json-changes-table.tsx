import { Code, Table, Text } from '@mantine/core';
import { formatPath } from '../../lib/document-diff/change-line';
import type { JsonChange } from '../../lib/document-diff/json-diff';
import { isRecord } from '../../lib/document-diff/json-value';

/** A moved item's place: words, not JSON. */
class Position {
  constructor(readonly index: number) {}
}

function JsonValue({ value }: { value: unknown }) {
  if (value === undefined) return <Text c="dimmed">—</Text>;
  if (value instanceof Position) return <Text size="xs">position {value.index + 1}</Text>;
  const structured = isRecord(value) || Array.isArray(value);
  return (
    <Code block={structured} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {JSON.stringify(value, null, structured ? 2 : undefined)}
    </Code>
  );
}

const sides = (change: JsonChange): [unknown, unknown] => {
  switch (change.kind) {
    case 'added':
      return [undefined, change.after];
    case 'removed':
      return [change.before, undefined];
    case 'changed':
      return [change.before, change.after];
    case 'moved':
      return [new Position(change.from), new Position(change.to)];
  }
};

/** The fallback view: only the changed paths, each with its old and new JSON, side by side. */
export function JsonChangesTable({ changes, beforeLabel, afterLabel }: { changes: readonly JsonChange[]; beforeLabel: string; afterLabel: string }) {
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table withTableBorder withColumnBorders verticalSpacing={4} fz="xs" layout="fixed">
        <Table.Caption>Changed paths, as JSON</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="28%">Path</Table.Th>
            <Table.Th>{beforeLabel}</Table.Th>
            <Table.Th>{afterLabel}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change, i) => {
            const [before, after] = sides(change);
            return (
              <Table.Tr key={i}>
                <Table.Td>
                  <Code>{formatPath(change.path)}</Code>
                  {change.kind === 'moved' && ' (moved)'}
                </Table.Td>
                <Table.Td bg={before === undefined ? undefined : 'red.0'}>
                  <JsonValue value={before} />
                </Table.Td>
                <Table.Td bg={after === undefined ? undefined : 'green.0'}>
                  <JsonValue value={after} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
