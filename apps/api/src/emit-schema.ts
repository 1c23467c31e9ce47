import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { printApiSchema, SCHEMA_SDL_PATH } from './schema-sdl';

// Run from the build (`npm run schema` → `nx run api:emit-schema`): type-graphql needs the
// decorator metadata tsc emits, which esbuild-based runners leave out.
printApiSchema()
  .then((sdl) => {
    writeFileSync(SCHEMA_SDL_PATH, sdl);
    console.log(`Wrote ${relative(process.cwd(), SCHEMA_SDL_PATH)}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
