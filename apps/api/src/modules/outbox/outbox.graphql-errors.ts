import { GraphQLError } from 'graphql';

/** Why a subscription could not resume from the cursor it was given. */
export type ResumeFailure =
  | { readonly kind: 'notACursor' }
  | { readonly kind: 'tooOld'; readonly maxAgeHours: number }
  | { readonly kind: 'tooFarBehind'; readonly maxReplay: number };

/** Maps a resume failure to the error a subscriber sees; the switch is exhaustive. */
export function toResumeGraphQLError(failure: ResumeFailure): GraphQLError {
  const recover = 'reload what you show, then subscribe again without `after`';
  switch (failure.kind) {
    case 'notACursor':
      return new GraphQLError('`after` is not a cursor an event gave out', { extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
    case 'tooOld':
      return new GraphQLError(`The cursor is older than the ${failure.maxAgeHours} h replay window; ${recover}`, {
        extensions: { code: 'CURSOR_EXPIRED', argument: 'after', reason: 'tooOld' },
      });
    case 'tooFarBehind':
      return new GraphQLError(`More than ${failure.maxReplay} events were missed since the cursor; ${recover}`, {
        extensions: { code: 'CURSOR_EXPIRED', argument: 'after', reason: 'tooFarBehind' },
      });
  }
}
