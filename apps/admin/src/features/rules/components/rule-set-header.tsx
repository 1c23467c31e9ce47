import { Badge, Button, Group, Menu, ActionIcon, Stack, Text, Title } from '@mantine/core';
import { IconDots, IconTrash } from '@tabler/icons-react';

/** Props of the rule set's title bar. */
export interface RuleSetHeaderProps {
  readonly name: string;
  readonly publishedVersion: number | null;
  readonly routesTickets: boolean;
  readonly dirty: boolean;
  /** The stored draft is unusable: saving (even unedited) replaces it, and it cannot be published. */
  readonly draftUnusable?: boolean;
  readonly upToDate: boolean;
  readonly issueCount: number;
  readonly saving: boolean;
  readonly publishing: boolean;
  readonly onSave: () => void;
  readonly onPublish: () => void;
  readonly onDelete: () => void;
}

function publishHint({ dirty, draftUnusable, upToDate, issueCount }: Pick<RuleSetHeaderProps, 'dirty' | 'draftUnusable' | 'upToDate' | 'issueCount'>): string {
  if (issueCount > 0) return `Fix ${issueCount === 1 ? 'the issue' : `the ${issueCount} issues`} to save and publish.`;
  if (draftUnusable && !dirty) return 'Save the draft to replace the unusable one, then publish it.';
  if (dirty) return 'Save the draft, then publish it.';
  if (upToDate) return 'The published version is this draft.';
  return 'The saved draft is ready to publish.';
}

/** Name, status badges (published version, unsaved changes, issues), and Save draft / Publish. */
export function RuleSetHeader(props: RuleSetHeaderProps) {
  const { name, publishedVersion, routesTickets, dirty, draftUnusable = false, upToDate, issueCount, saving, publishing, onSave, onPublish, onDelete } = props;
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
      <Stack gap={6}>
        <Group gap="xs">
          <Title order={3}>{name}</Title>
          {routesTickets && (
            <Badge color="indigo" variant="light">
              Routes tickets
            </Badge>
          )}
        </Group>
        <Group gap="xs" role="group" aria-label="Rule set status">
          {publishedVersion === null ? <Badge color="gray">Never published</Badge> : <Badge color="teal">Published v{publishedVersion}</Badge>}
          {dirty ? (
            <Badge color="yellow" variant="filled">
              Unsaved changes
            </Badge>
          ) : draftUnusable ? (
            <Badge color="red" variant="light">
              Saved draft unusable
            </Badge>
          ) : (
            <Badge color={upToDate ? 'teal' : 'blue'} variant="light">
              {upToDate ? 'Draft is live' : 'Draft saved, not published'}
            </Badge>
          )}
          <Badge color={issueCount > 0 ? 'red' : 'green'} variant="light">
            {issueCount === 0 ? 'No issues' : issueCount === 1 ? '1 issue' : `${issueCount} issues`}
          </Badge>
        </Group>
      </Stack>
      <Stack gap={4} align="flex-end">
        <Group gap="xs">
          <Button variant="default" onClick={onSave} loading={saving} disabled={(!dirty && !draftUnusable) || issueCount > 0} aria-describedby="rule-set-publish-hint">
            Save draft
          </Button>
          <Button onClick={onPublish} loading={publishing} disabled={dirty || draftUnusable || issueCount > 0 || upToDate} aria-describedby="rule-set-publish-hint">
            Publish
          </Button>
          <Menu position="bottom-end">
            <Menu.Target>
              <ActionIcon variant="default" size="lg" aria-label="More rule set actions">
                <IconDots size={18} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={onDelete}>
                Delete rule set
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
        <Text size="xs" c="dimmed" id="rule-set-publish-hint">
          {publishHint(props)}
        </Text>
      </Stack>
    </Group>
  );
}
