/**
 * `npm run web` and the end-to-end tests start this: the bridge over a real archive file. It prints one
 * line, `MIDAD_BRIDGE_URL <url>`, that scripts and tests read to find it.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCK_PROGRAMS } from '../../core/api/lockPrograms';
import { openArchive } from '../../db/connection';
import { defaultArchivePath } from '../../db/paths';
import { seedOnFirstRun } from '../../db/seed';
import { createArchiveService } from '../../db/service/archiveService';
// newsroom sync: the browser build keeps the session in memory only
import { syncEngineFactory } from '../../db/sync/newsroomEngine';
import { createNewsroomService, memoryVault } from '../../db/sync/newsroomService';
import { startBridge } from './server';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string', default: '0' },
    static: { type: 'string', default: resolve('dist/renderer') },
  },
});

const archivePath = values.db ?? defaultArchivePath();
const archive = openArchive(archivePath, {
  program: LOCK_PROGRAMS.bridge,
  dailyBackup: 'background',
  onMigrating: (from, to) =>
    console.error(
      `Updating the archive from schema ${from} to ${to} (a backup is taken; a large archive takes a minute, once)…`,
    ),
});
seedOnFirstRun(archive);
const newsroom = createNewsroomService(archive, {
  vault: memoryVault(),
  engine: syncEngineFactory,
  log: (message) => console.error(message),
});
const bridge = await startBridge({
  service: createArchiveService(archive, { newsroom }),
  staticRoot: resolve(values.static),
  port: Number(values.port),
});
console.log(`MIDAD_BRIDGE_URL ${bridge.url}`);
console.log(`Archive: ${archivePath}`);

function stop(): void {
  // Whatever hangs (a server that never answers the newsroom's last request), the process ends.
  setTimeout(() => process.exit(1), 10_000).unref();
  void Promise.all([bridge.close(), newsroom.close()]).finally(() => {
    archive.close();
    process.exit(0);
  });
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
