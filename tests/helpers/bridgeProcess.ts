/**
 * Starts the real bridge (`electron/bridge/main.ts`) as a child process on an archive file, as `npm run web` does:
 * from the run's bundle when vitest's global setup built one (helpers/bridgeBundle.ts), else through tsx.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { builtBridgeBundle } from './bridgeBundle';

export interface BridgeProcess {
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '..', '..');

/** `as`: the user and group to run it as (a person without the rights the test process has). */
export async function startBridgeProcess(
  dbPath: string,
  as: { uid?: number; gid?: number } = {},
): Promise<BridgeProcess> {
  const bundle = builtBridgeBundle();
  const entry = bundle ? [bundle] : ['--import', 'tsx', 'electron/bridge/main.ts'];
  const child: ChildProcess = spawn(process.execPath, [...entry, '--db', dbPath], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...as,
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    let stdout = '';
    // A bound, not a wait: on a loaded machine (load 25 on two cores) loading the bridge's modules takes tens of seconds.
    const timer = setTimeout(() => reject(new Error(`bridge did not start in time: ${stderr}`)), 90_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /MIDAD_BRIDGE_URL (\S+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bridge exited with ${code}: ${stderr}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('t') ?? '',
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
        // The bridge gives itself ten seconds to close; a test never waits on a hung one.
        setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
      }),
  };
}
