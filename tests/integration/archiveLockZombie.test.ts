/**
 * A lock left by a killed process whose parent has not yet collected it (a zombie): the process is
 * dead, so its lock is stale and is taken over at once, not reported as held. The zombie is real: a child of
 * a process that never waits for its children.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockPathFor, processIsRunning } from '../../db/archiveLock';
import { openArchive } from '../../db/connection';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();
const parents: ChildProcess[] = [];
afterEach(() => {
  for (const parent of parents.splice(0)) parent.kill('SIGKILL');
});

/** The pid of a zombie: `sh` starts a short child, then becomes `sleep`, which never collects it. */
async function zombiePid(): Promise<number> {
  const parent = spawn('sh', ['-c', 'sleep 0.1 & echo $!; exec sleep 60'], { stdio: ['ignore', 'pipe', 'ignore'] });
  parents.push(parent);
  const pid = await new Promise<number>((done) => parent.stdout.once('data', (chunk: Buffer) => done(Number(chunk))));
  await new Promise((done) => setTimeout(done, 600));
  return pid;
}

describe.skipIf(process.platform !== 'linux')('a lock whose process is a zombie', () => {
  it('counts the zombie as gone and opens the archive', async () => {
    const pid = await zombiePid();
    expect(processIsRunning(pid)).toBe(false);
    expect(processIsRunning(process.pid)).toBe(true);
    const path = join(tempDir(), 'midad.sqlite');
    writeFileSync(
      lockPathFor(path),
      JSON.stringify({ pid, host: hostname(), program: 'Midad', startedAt: new Date().toISOString() }),
    );
    const archive = openArchive(path);
    archive.close();
  }, 30_000);
});
