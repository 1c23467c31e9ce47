import { ActionIcon, Group, Tooltip } from '@mantine/core';

/** Props of the text folding toggles of one condition. */
export interface FoldingTogglesProps {
  readonly name: string;
  readonly ignoreCase: boolean;
  readonly ignoreAccents: boolean;
  readonly onToggle: (flag: 'ignoreCase' | 'ignoreAccents', on: boolean) => void;
  readonly disabled?: boolean | undefined;
}

const FLAGS = [
  { flag: 'ignoreCase', glyph: 'Aa', label: 'Ignore case', hint: 'Ignore case: “Refund” matches “refund”' },
  { flag: 'ignoreAccents', glyph: 'é', label: 'Ignore accents', hint: 'Ignore accents: “pääsy” matches “paasy”' },
] as const;

/** `ignoreCase` / `ignoreAccents` as two small pressed/unpressed buttons, so a condition stays on one line. */
export function FoldingToggles({ name, onToggle, disabled, ...state }: FoldingTogglesProps) {
  return (
    <Group gap={4} wrap="nowrap" mt={4}>
      {FLAGS.map(({ flag, glyph, label, hint }) => (
        <Tooltip key={flag} label={hint}>
          <ActionIcon
            size="md"
            variant={state[flag] ? 'filled' : 'default'}
            aria-pressed={state[flag]}
            aria-label={`${label} in ${name}`}
            onClick={() => onToggle(flag, !state[flag])}
            disabled={disabled}
            fz="xs"
            fw={700}
          >
            {glyph}
          </ActionIcon>
        </Tooltip>
      ))}
    </Group>
  );
}
