import { Badge, Group, Table, Text } from '@mantine/core';
import { IconCornerDownRight } from '@tabler/icons-react';
import { buildTraceTree, flattenTraceTree, type TraceNode, type TraceRow } from '../adapters/build-trace-tree';
import { formatExpectedValue, formatTraceValue } from '../adapters/format-trace-value';
import type { TraceVocabulary } from '../adapters/trace-vocabulary';
import { ResultBadge } from './result-badge';
import { TraceValue } from './trace-value';

const COMBINATORS: Readonly<Record<string, { label: string; hint: string }>> = {
  all: { label: 'ALL', hint: 'of these must be true' },
  any: { label: 'ANY', hint: 'of these must be true' },
  not: { label: 'NOT', hint: 'the condition below must be false' },
};

function Indent({ depth }: { depth: number }) {
  return depth > 0 ? <IconCornerDownRight size={14} aria-hidden style={{ flexShrink: 0, color: 'var(--mantine-color-gray-5)' }} /> : null;
}

function GroupRow({ row }: { row: TraceRow }) {
  const combinator = COMBINATORS[row.node.combinator ?? ''] ?? { label: row.node.combinator ?? '?', hint: '' };
  return (
    <Table.Tr data-testid="group-row" data-result={String(row.node.result)}>
      <Table.Td colSpan={3} style={{ paddingLeft: `calc(var(--mantine-spacing-xs) + ${row.depth * 24}px)` }}>
        <Group gap={6} wrap="nowrap">
          <Indent depth={row.depth} />
          <Badge variant="outline" color="indigo" size="sm" radius="sm">
            {combinator.label}
          </Badge>
          <Text size="sm" c="dimmed">
            {combinator.hint}
          </Text>
        </Group>
      </Table.Td>
      <Table.Td>
        <ResultBadge result={row.node.result} />
      </Table.Td>
    </Table.Tr>
  );
}

function ConditionRow({ row, vocabulary }: { row: TraceRow; vocabulary: TraceVocabulary }) {
  const { node } = row;
  const type = node.field ? vocabulary.fieldType(node.field) : undefined;
  return (
    <Table.Tr data-testid="condition-row" data-result={String(node.result)} data-field={node.field ?? undefined}>
      <Table.Td style={{ paddingLeft: `calc(var(--mantine-spacing-xs) + ${row.depth * 24}px)` }}>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <Indent depth={row.depth} />
          <Text size="sm">
            <Text span fw={600} inherit>
              {node.field ? vocabulary.fieldLabel(node.field) : 'Condition'}
            </Text>{' '}
            <Text span c="dimmed" inherit>
              {node.operator ? vocabulary.operatorLabel(node.operator) : ''}
            </Text>
          </Text>
        </Group>
      </Table.Td>
      <Table.Td>
        <TraceValue value={formatExpectedValue(node.expected, node.operator, type)} />
      </Table.Td>
      <Table.Td>
        <TraceValue value={formatTraceValue(node.actual, type)} />
      </Table.Td>
      <Table.Td>
        <ResultBadge result={node.result} />
      </Table.Td>
    </Table.Tr>
  );
}

/** A rule's evaluated conditions as an indented tree: each with the values compared and its outcome. */
export function ConditionTree({ nodes, vocabulary, caption }: { nodes: readonly TraceNode[]; vocabulary: TraceVocabulary; caption: string }) {
  const rows = flattenTraceTree(buildTraceTree(nodes));
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing={6} horizontalSpacing="xs" layout="fixed" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={{ width: '36%' }}>Condition</Table.Th>
            <Table.Th>Expected</Table.Th>
            <Table.Th>Actual value</Table.Th>
            <Table.Th style={{ width: 88 }}>Result</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) =>
            row.node.kind === 'group' ? <GroupRow key={row.node.path} row={row} /> : <ConditionRow key={row.node.path} row={row} vocabulary={vocabulary} />,
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
