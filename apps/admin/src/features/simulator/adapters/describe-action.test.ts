import { describeAction, type ActionNames, type TraceAction } from './describe-action';

const names: ActionNames = {
  team: (id) => ({ 't-1': 'Billing' })[id],
  user: (id) => ({ 'u-1': 'Aino Virtanen' })[id],
  destination: (kind) => ({ helpDesk: 'Aurora help desk' })[kind],
};
const action = (rest: Partial<TraceAction>): TraceAction => ({ type: 'assignTeam', teamId: null, userId: null, priority: null, tags: null, destination: null, message: null, strategy: null, ...rest });

describe('describeAction', () => {
  describe('when the action names things by id', () => {
    it.each<[Partial<TraceAction>, string]>([
      [{ type: 'assignTeam', teamId: 't-1', strategy: 'leastLoaded' }, 'Assign to team Billing (least loaded)'],
      [{ type: 'assignTeam', teamId: 't-1' }, 'Assign to team Billing'],
      [{ type: 'assignUser', userId: 'u-1' }, 'Assign to Aino Virtanen'],
      [{ type: 'setDestination', destination: 'helpDesk' }, 'Send to Aurora help desk'],
    ])('resolves %p to "%s"', (rest, sentence) => {
      expect(describeAction(action(rest), names)).toBe(sentence);
    });

    it('says when a team is unknown instead of hiding it', () => {
      expect(describeAction(action({ type: 'assignTeam', teamId: 't-gone' }), names)).toBe('Assign to team unknown team t-gone');
    });
  });

  describe('when the action carries values', () => {
    it.each<[Partial<TraceAction>, string]>([
      [{ type: 'setPriority', priority: 'urgent' }, 'Set priority to urgent'],
      [{ type: 'addTags', tags: ['vip', 'refund'] }, 'Add tags “vip”, “refund”'],
      [{ type: 'sendMessage', message: 'Hello' }, 'Send the message “Hello”'],
      [{ type: 'somethingNew' }, 'somethingNew'],
    ])('describes %p as "%s"', (rest, sentence) => {
      expect(describeAction(action(rest), names)).toBe(sentence);
    });
  });
});
