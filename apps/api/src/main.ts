import { ConfigError, loadConfig } from './config';
import { startApi } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const api = await startApi(config);
  console.log(`Handoff API ready at ${api.url}`);
  // SIGTERM comes from an orchestrator: leave the load balancer first. SIGINT is a person at a terminal.
  process.once('SIGTERM', () => void api.drain(config.shutdownDelayMs).then(() => process.exit(0)));
  process.once('SIGINT', () => void api.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
