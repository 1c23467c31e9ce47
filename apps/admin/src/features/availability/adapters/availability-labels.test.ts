import { describeReason, loadView } from './availability-labels';

describe('describeReason', () => {
  it.each([
    [null, 'Ready for new work'],
    ['offline', 'Offline'],
    ['away', 'Away'],
    ['outsideHours', 'Outside working hours'],
    ['atCapacity', 'At capacity'],
    ['somethingNew', 'somethingNew'],
  ])('reads %s as "%s"', (reason, words) => {
    expect(describeReason(reason)).toBe(words);
  });
});

describe('loadView', () => {
  it.each([
    [0, 5, 0, 'teal'],
    [3, 4, 75, 'orange'],
    [5, 5, 100, 'red'],
    [7, 5, 100, 'red'],
    [0, 0, 100, 'red'],
  ])('with %i of %i open, fills %i%% in %s', (open, capacity, percent, color) => {
    expect(loadView(open, capacity)).toEqual({ percent, color });
  });
});
