import type { Issue } from '@handoff/domain';
import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { DraftRuleSet } from '../adapters/draft-types';
import { issueMessage, valueAtPath } from '../adapters/issue-messages';

const SHOWN = 5;
const PARTS: Record<string, string> = { when: 'conditions', then: 'actions', name: 'name' };

/** Where an issue is, in words: "Rule 2 (Refunds) · conditions", "Fallback", "Rule set". */
export function describeIssueLocation(path: string, draft: DraftRuleSet): { text: string; ruleIndex: number | null } {
  const rule = /^rules\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (rule) {
    const index = Number(rule[1]);
    const part = rule[2] ? PARTS[rule[2]] : undefined;
    const name = draft.rules[index]?.name;
    return { text: `Rule ${index + 1}${name ? ` (${name})` : ''}${part ? ` · ${part}` : ''}`, ruleIndex: index };
  }
  return { text: path.startsWith('fallback') ? 'Fallback' : 'Rule set', ruleIndex: null };
}

/** Every issue in one list, each a link to the rule it is in; the details sit next to the controls. */
export function IssueSummary({ issues, draft, onShowRule }: { issues: readonly Issue[]; draft: DraftRuleSet; onShowRule: (index: number) => void }) {
  const [all, setAll] = useState(false);
  if (issues.length === 0) return null;
  const shown = all ? issues : issues.slice(0, SHOWN);
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={issues.length === 1 ? '1 issue to fix' : `${issues.length} issues to fix`}>
      <List size="sm" spacing={2}>
        {shown.map((issue) => {
          const where = describeIssueLocation(issue.path, draft);
          return (
            <List.Item key={`${issue.path}:${issue.code}`}>
              {where.ruleIndex === null ? (
                <Text span size="sm" fw={500}>
                  {where.text}
                </Text>
              ) : (
                <Anchor component="button" type="button" size="sm" fw={500} onClick={() => onShowRule(where.ruleIndex ?? 0)}>
                  {where.text}
                </Anchor>
              )}
              : {issueMessage(issue, valueAtPath(draft, issue.path))}
            </List.Item>
          );
        })}
      </List>
      {issues.length > SHOWN && (
        <Anchor component="button" type="button" size="sm" mt={4} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${issues.length}`}
        </Anchor>
      )}
    </Alert>
  );
}
