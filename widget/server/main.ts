// Entry point of `npm start` (after the build) and of the server tests' child processes.
import { ConfigError, loadConfig } from './config';
import { FolderLockedError } from './db/folder-lock';
import { isOperatorCommand, runOperatorCommand } from './operator-cli';
import { startServer, type RunningServer } from './server';

// The signal handlers come first: a SIGTERM sent the moment the address is printed (or during the start)
// must still shut down cleanly, not kill the process mid-write.
let server: RunningServer | undefined;
let stopSignal: string | undefined;
const shutdown = (signal: string) => {
  stopSignal ??= signal;
  if (!server) return;
  server.logger.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  void server.close().then(() => process.exit(0));
};
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));

// `node main.mjs gift-cards …` and the other operator commands run once instead of the server.
if (isOperatorCommand(process.argv[2])) process.exit(await runOperatorCommand(process.argv.slice(2)));

try {
  const config = loadConfig();
  server = await startServer(config);
  console.log(`\n  LiveGift gift server: ${server.url}/  (demo live page: ${server.url}/demo/)\n`);
  if (stopSignal) shutdown(stopSignal);
} catch (error) {
  if (error instanceof ConfigError || error instanceof FolderLockedError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
