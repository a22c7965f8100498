// SIGTERM at any moment of a server's life ends it cleanly (exit 0), also the moment it prints its address.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from './support/postgres';
import { SERVER_ENTRY } from './support/server-process';

/** Starts the built server and sends SIGTERM when `when` says so; resolves with the exit code and the output. */
function runAndTerminate(env: Record<string, string>, when: 'while-starting' | 'on-address'): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [SERVER_ENTRY], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LIVEGIFT_LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let sent = false;
  const terminate = () => {
    if (sent) return;
    sent = true;
    child.kill('SIGTERM');
  };
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (when === 'on-address' && output.includes('LiveGift gift server:')) terminate();
    // Any line before the address (the start's own log lines) is printed while the server is starting.
    if (when === 'while-starting') terminate();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (when === 'while-starting') terminate();
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('shutdown', () => {
  it.each(['on-address', 'while-starting'] as const)('exits 0 after a clean stop when SIGTERM comes %s', async (when) => {
    const databaseUrl = await freshDatabase('shutdown');
    const { code, output } = await runAndTerminate({ DATABASE_URL: databaseUrl, LIVEGIFT_DATA_DIR: mkdtempSync(join(tmpdir(), 'livegift-stop-')) }, when);
    expect(code, output).toBe(0);
    expect(output).toContain('gift server stopped');
  });
});
