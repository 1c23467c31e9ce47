import {
  describeConversationStatus,
  describeMode,
  describePick,
  describeReason,
  describeRuleStatus,
  describeSkipReason,
  describeTrigger,
  describeUnassignedCause,
} from './describe-outcome';

describe('describeReason', () => {
  describe('when the code is known', () => {
    it.each([
      ['noTrigger', 'No trigger fired, so the AI agent keeps the conversation.'],
      ['processIsNoHandoff', 'A trigger fired, but the handoff process is set to “no handoff”, so the AI agent keeps the conversation.'],
      ['visitorAskedForHuman', 'The visitor asked to talk to a person.'],
      ['customTrigger', 'The message contains one of your trigger phrases.'],
    ])('turns %s into a sentence', (code, sentence) => {
      expect(describeReason(code)).toBe(sentence);
    });
  });

  describe('when the code is new to this admin', () => {
    it('still shows the code', () => {
      expect(describeReason('somethingNew')).toBe('Reason: somethingNew.');
    });
  });
});

describe('describeTrigger', () => {
  describe('when the trigger is built in', () => {
    it('says whether the agent signalled it or the message gave it away', () => {
      expect(describeTrigger({ kind: 'visitorAskedForHuman', source: 'message', phrase: null })).toBe('Visitor asked for a person (found in the message)');
      expect(describeTrigger({ kind: 'agentCannotAnswer', source: 'signal', phrase: null })).toBe('AI agent cannot answer (signalled by the AI agent)');
    });
  });

  describe('when the trigger is a custom phrase', () => {
    it('quotes the phrase', () => {
      expect(describeTrigger({ kind: 'customTrigger', source: 'message', phrase: 'palautus' })).toBe('Trigger phrase “palautus”');
    });
  });
});

describe('describeSkipReason', () => {
  it.each([
    ['offline', 'offline'],
    ['away', 'away'],
    ['outsideHours', 'outside working hours'],
    ['atCapacity', 'at capacity (too many open tickets)'],
    ['unknownUser', 'not a person in this workspace'],
  ])('describes %s as %s', (reason, words) => {
    expect(describeSkipReason(reason)).toBe(words);
  });
});

describe('describeUnassignedCause', () => {
  describe('when a cause is given', () => {
    it('explains nobody being available', () => {
      expect(describeUnassignedCause('nobodyAvailable')).toBe('Nobody who could take it is available right now.');
    });
  });

  describe('when no cause is given', () => {
    it('says nobody was assigned', () => {
      expect(describeUnassignedCause(null)).toBe('Nobody was assigned.');
    });
  });
});

describe('describePick', () => {
  describe('when a strategy and team are known', () => {
    it('names both', () => {
      expect(describePick('roundRobin', 'Billing')).toBe('Picked by round robin from Billing.');
    });
  });

  describe('when a rule named the person', () => {
    it('says so', () => {
      expect(describePick('direct', null)).toBe('Named directly by a routing rule.');
    });
  });

  describe('when nothing is known', () => {
    it('still reads as a sentence', () => {
      expect(describePick(null, null)).toBe('Picked.');
    });
  });
});

describe('describeRuleStatus', () => {
  describe('when the status is one of the domain trace statuses', () => {
    it.each([
      ['matched', 'Matched'],
      ['notMatched', 'Not matched'],
      ['disabled', 'Disabled'],
      ['notReached', 'Not evaluated'],
    ])('labels %s as %s', (status, label) => {
      expect(describeRuleStatus(status).label).toBe(label);
    });

    it('explains why a rule was not evaluated', () => {
      expect(describeRuleStatus('notReached').explanation).toMatch(/earlier rule already decided/);
    });
  });
});

describe('describeMode and describeConversationStatus', () => {
  describe('when there was no handoff', () => {
    it('return null', () => {
      expect(describeMode(null)).toBeNull();
      expect(describeConversationStatus(null)).toBeNull();
    });
  });

  describe('when there was one', () => {
    it('describe it in words', () => {
      expect(describeMode('async')).toBe('Asynchronous follow-up: the team replies later');
      expect(describeConversationStatus('unassigned')).toBe('Waiting in the Unassigned view');
    });
  });
});
