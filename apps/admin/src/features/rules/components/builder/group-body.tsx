import { Text } from '@mantine/core';
import { RuleGroupBodyComponents, type UseRuleGroup } from 'react-querybuilder';
import { issueMessage } from '../../adapters/issue-messages';
import { readBuilderContext } from './builder-context';

/**
 * A group's children, preceded by the issues on the group itself (an empty group, nesting too
 * deep). Placed inside the body so the builder's own layout and branch lines stay intact.
 */
export function GroupBody(props: UseRuleGroup) {
  const builder = readBuilderContext(props.context);
  const ownIssues = builder.issuesAt(props.path).filter(({ rest }) => rest === '' || /^(all|any|not)$/.test(rest));
  return (
    <>
      {ownIssues.map(({ issue }) => (
        <Text key={`${issue.path}:${issue.code}`} size="sm" c="red.7">
          {issueMessage(issue)}
        </Text>
      ))}
      <RuleGroupBodyComponents {...props} />
    </>
  );
}
