/** How many backups to keep is one setting, whether set on the settings screen or through backups.configure. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { dispatch } from '../../core/api/envelope';
import { createArchiveService } from '../../db/service/archiveService';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

describe('the number of backups to keep', () => {
  it('is the same setting on the settings screen and in the backups', async () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'), { automaticBackups: false });
    const service = createArchiveService(archive);
    await dispatch(service, 'settings.update', { backups: { keep: 4 } });
    expect(await dispatch(service, 'backups.list', {})).toMatchObject({ ok: true, value: { keep: 4 } });
    await dispatch(service, 'backups.configure', { keep: 7 });
    expect(await dispatch(service, 'settings.get', {})).toMatchObject({ ok: true, value: { backups: { keep: 7 } } });
    archive.close();
  });
});
