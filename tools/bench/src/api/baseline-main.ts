import { startBaselineServer } from './baseline-server';

// The baseline as its own process, like ours: PORT and SQLITE_PATH from the environment.
const port = Number(process.env['PORT'] ?? 0);
const path = process.env['SQLITE_PATH'];
if (!path) throw new Error('SQLITE_PATH is required');
startBaselineServer(path, port).then(
  (server) => {
    console.log(`baseline ready at ${server.url}`);
    const stop = (): void => void server.close().then(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
