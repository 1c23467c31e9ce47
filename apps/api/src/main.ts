import { ConfigError, loadConfig } from './config';
import { startApi } from './server';

async function main(): Promise<void> {
  const api = await startApi(loadConfig());
  console.log(`Handoff API ready at ${api.url}`);
  const shutdown = (): void => void api.stop().then(() => process.exit(0));
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
