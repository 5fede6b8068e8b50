/** The sync engine the desktop and the bridge run while signed in (db/sync/engine.ts, the other sync branch's). */
import { createSyncEngine } from './engine';
import type { EngineFactory } from './newsroomService';

export const syncEngineFactory: EngineFactory = (archive, target) => createSyncEngine(archive, target);
