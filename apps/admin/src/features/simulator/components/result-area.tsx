import { Card, Center, Loader, Stack, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { ErrorNotice } from '../../../components/query-state';

/**
 * Where a simulation's answer appears: a prompt before the first run, a loader while it runs,
 * the server's error as sentences, or the result.
 */
export function ResultArea(props: { loading: boolean; error: unknown; hasResult: boolean; emptyHint: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const settled = !props.loading && (props.hasResult || Boolean(props.error));
  // The run button sits at the foot of a long form; bring the answer into view when it lands off screen.
  useEffect(() => {
    const top = ref.current?.getBoundingClientRect().top;
    if (settled && top !== undefined && (top < 0 || top > window.innerHeight * 0.6)) ref.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [settled, props.hasResult, props.error]);
  return (
    <div ref={ref} style={{ scrollMarginTop: 72 }}>
      <VisuallyHidden role="status">{props.loading ? 'Running simulation' : props.error ? 'The simulation failed' : props.hasResult ? 'Simulation finished' : ''}</VisuallyHidden>
      <ResultContent {...props} />
    </div>
  );
}

function ResultContent({ loading, error, hasResult, emptyHint, children }: { loading: boolean; error: unknown; hasResult: boolean; emptyHint: string; children: ReactNode }) {
  if (loading) {
    return (
      <Card withBorder padding="xl" aria-busy="true">
        <Center py="xl">
          <Stack align="center" gap="xs">
            <Loader aria-label="Running simulation" />
            <Text c="dimmed" size="sm">
              Running simulation…
            </Text>
          </Stack>
        </Center>
      </Card>
    );
  }
  if (error) return <ErrorNotice error={error} title="The simulation could not run" />;
  if (!hasResult) {
    return (
      <Card withBorder padding="xl" bg="gray.0" style={{ borderStyle: 'dashed' }} data-testid="simulation-empty">
        <Center py="xl">
          <Stack align="center" gap="xs" maw={420}>
            <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
              <IconFlask size={26} />
            </ThemeIcon>
            <Text fw={600}>No simulation yet</Text>
            <Text c="dimmed" size="sm" ta="center">
              {emptyHint}
            </Text>
          </Stack>
        </Center>
      </Card>
    );
  }
  return <>{children}</>;
}
