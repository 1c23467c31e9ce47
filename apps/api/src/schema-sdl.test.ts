import { readFileSync } from 'node:fs';
import { printApiSchema, SCHEMA_SDL_PATH } from './schema-sdl';

/** Where two texts first differ, for a failure message a person can act on. */
function firstDifference(committed: string, built: string): string {
  const a = committed.split('\n');
  const b = built.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `first difference at line ${at + 1}: committed ${JSON.stringify(a[at] ?? '<end of file>')}, built ${JSON.stringify(b[at] ?? '<end of file>')}`;
}

describe('apps/api/schema.graphql', () => {
  describe('when compared with the schema the code builds', () => {
    it('is identical, so integrators read the real contract', async () => {
      const built = await printApiSchema();
      const committed = readFileSync(SCHEMA_SDL_PATH, 'utf8');

      if (committed !== built) {
        throw new Error(`apps/api/schema.graphql is out of date: run \`npm run schema\` and commit the result (${firstDifference(committed, built)})`);
      }
      expect(committed).toBe(built);
    });
  });
});
