/**
 * A separate process that opens an archive and keeps it open until killed: the "other program" of the
 * archive lock tests. Prints HOLDING once the archive is open.
 */
import { openArchive } from '../../db/connection';

const path = process.argv[2];
if (!path) throw new Error('usage: holdArchive.ts PATH');
openArchive(path, { program: 'the lock test holder' });
console.log('HOLDING');
setInterval(() => {}, 60_000);
