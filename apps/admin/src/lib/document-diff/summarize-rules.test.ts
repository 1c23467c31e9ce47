import { createDiffNames } from './diff-names';
import { summarizeActions, summarizeCondition } from './summarize-rules';

const names = createDiffNames({ teams: [{ id: 't-1', name: 'Support' }], destinations: [{ kind: 'inbox', name: 'Aurora inbox' }], fields: [{ id: 'ticket.custom.plan', label: 'Plan' }] });

describe('summarizeCondition', () => {
  it.each([
    [{ field: 'ticket.createdAt', operator: 'between', value: ['2025-01-01', '2025-02-01'] }, 'Ticket created at is between “2025-01-01” and “2025-02-01”'],
    [{ field: 'ticket.custom.plan', operator: 'isNotSet' }, 'Plan is not set'],
    [{ field: 'conversation.messageText', operator: 'matches', value: 'refund|return', ignoreCase: true, ignoreAccents: true }, 'Visitor message matches pattern “refund|return” (ignoring case and accents)'],
    [{ all: [] }, 'no conditions'],
    [{ field: '', operator: '' }, 'an unchosen field'],
  ])('says %j as %s', (node, expected) => {
    expect(summarizeCondition(node, names)).toBe(expected);
  });
});

describe('summarizeActions', () => {
  it('says every kind of action with names', () => {
    const actions = [
      { type: 'setDestination', destination: 'inbox' },
      { type: 'sendMessage', message: 'We are on it' },
      { type: 'assignTeam', teamId: 't-1', strategy: 'roundRobin' },
      { type: 'somethingNew', x: 1 },
    ];
    expect(summarizeActions(actions, names)).toBe('Send to Aurora inbox; send the message “We are on it”; assign to team Support (round robin); {"type":"somethingNew","x":1}');
  });

  it('says an empty list as no actions', () => {
    expect(summarizeActions([], names)).toBe('No actions');
  });
});
