import type { TeamMembership } from './availability';
import { buildAssigneePool, poolKey } from './build-assignee-pool';

const TEAMS: TeamMembership[] = [
  { teamId: 'support', memberIds: ['ann', 'bob', 'cid'] },
  { teamId: 'billing', memberIds: ['cid', 'dan'] },
  { teamId: 'empty', memberIds: [] },
];

describe('poolKey', () => {
  it.each([
    ['one team', { teamIds: ['support'] }, 'team:support'],
    ['one team twice', { teamIds: ['support', 'support'] }, 'team:support'],
    ['users, sorted and unique', { userIds: ['bob', 'ann', 'bob'] }, 'users:ann,bob'],
    ['teams, sorted', { teamIds: ['support', 'billing'] }, 'teams:billing,support'],
    ['users and a team', { userIds: ['bob'], teamIds: ['support'] }, 'users:bob|teams:support'],
    ['nothing', {}, 'users:'],
  ])('keys %s as %s', (_label, source, expected) => {
    expect(poolKey(source)).toBe(expected);
  });

  it('does not depend on the order ids are listed in', () => {
    expect(poolKey({ userIds: ['b', 'a'], teamIds: ['y', 'x'] })).toBe(poolKey({ userIds: ['a', 'b'], teamIds: ['x', 'y'] }));
  });
});

describe('buildAssigneePool', () => {
  it.each([
    ['users first, then team members, each once', { userIds: ['dan', 'ann'], teamIds: ['support', 'billing'] }, ['dan', 'ann', 'bob', 'cid']],
    ['a member of two teams once', { teamIds: ['billing', 'support'] }, ['cid', 'dan', 'ann', 'bob']],
    ['unknown and empty teams add nobody', { teamIds: ['ghosts', 'empty'] }, []],
    ['users only, duplicates dropped', { userIds: ['x', 'x', 'y'] }, ['x', 'y']],
  ])('lists %s', (_label, source, expected) => {
    const pool = buildAssigneePool(source, TEAMS);

    expect(pool.candidateIds).toEqual(expected);
    expect(pool.key).toBe(poolKey(source));
  });
});
