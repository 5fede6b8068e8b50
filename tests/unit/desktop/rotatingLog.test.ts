/** The main process's local log: rotated by size, and uncaught errors land in it. */
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRotatingLog } from '../../../electron/rotatingLog';
import { catchMainErrors, type ProcessLike } from '../../../electron/mainErrors';
import { useTempDir } from '../../helpers/tempDir';

const tempDir = useTempDir();

describe('the rotating log', () => {
  it('rotates by size and keeps only the newest files', () => {
    const dir = join(tempDir(), 'logs');
    const log = createRotatingLog({ dir, maxBytes: 200, keep: 2, now: () => new Date('2026-01-01T00:00:00Z') });
    for (let i = 0; i < 20; i++) log.write('info', `line ${i} ${'x'.repeat(40)}`);
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    for (const file of readdirSync(dir)) expect(readFileSync(join(dir, file)).length).toBeLessThanOrEqual(200);
    expect(readFileSync(log.path, 'utf8')).toContain('line 19');
    const all = readdirSync(dir)
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('');
    expect(all).not.toContain('line 0 ');
  });

  it('writes uncaught errors with their stack, and tells the person at most once a minute', () => {
    const dir = tempDir();
    const log = createRotatingLog({ dir });
    const proc = new EventEmitter();
    let told = 0;
    let t = 0;
    catchMainErrors(
      proc as unknown as ProcessLike,
      log,
      () => void told++,
      () => t,
    );
    proc.emit('uncaughtException', new Error('disk on fire'));
    proc.emit('unhandledRejection', 'plain reason');
    expect(told).toBe(1);
    t = 61_000;
    proc.emit('uncaughtException', new TypeError('again'));
    expect(told).toBe(2);
    const text = readFileSync(log.path, 'utf8');
    expect(text).toMatch(/ERROR uncaught exception: Error: disk on fire\n\s+at /);
    expect(text).toContain('unhandled rejection: plain reason');
    expect(existsSync(join(dir, 'main.1.log'))).toBe(false);
  });
});
