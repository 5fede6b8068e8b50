/**
 * The sync engine the desktop and the bridge run while signed in. The engine (db/sync/engine.ts,
 * `createSyncEngine`) is the other sync branch's; until it is merged this build signs in and keeps the
 * session, and sync stays "offline". Wiring it is this one line.
 */
import type { EngineFactory } from './newsroomService';

export const syncEngineFactory: EngineFactory | null = null;
