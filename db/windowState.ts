/** Window bounds per window kind, in the archive's `settings` table under their own key (see core/settings/windowState). */
import {
  WindowBoundsSchema,
  WindowStateSchema,
  type WindowBounds,
  type WindowKind,
  type WindowState,
} from '../core/settings/windowState';
import type { Archive } from './archive';

const KEY = 'windows';

export function readWindowState(archive: Archive): WindowState {
  const row = archive.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (!row) return {};
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(row.value));
    // Window positions are a convenience: a damaged value just means default placement.
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function saveWindowBounds(archive: Archive, kind: WindowKind, bounds: WindowBounds): void {
  const valid = WindowBoundsSchema.parse(bounds);
  archive
    .transaction(() => {
      const next = { ...readWindowState(archive), [kind]: valid };
      archive
        .prepare(
          'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        )
        .run(KEY, JSON.stringify(next));
    })
    .immediate();
}
