/** The first run's sample article, written once per archive (deleting it does not bring it back). */
import { randomUUID } from 'node:crypto';
import { SAMPLE_ARTICLE, SAMPLE_CAPTION } from '../core/seed/sampleArticle';
import type { Archive } from './archive';
import { createArticle } from './articles';
import { placeFigures } from '../core/article/figures';

const SEEDED_KEY = 'seeded';

export function seedOnFirstRun(archive: Archive): boolean {
  const seeded = archive.prepare('SELECT 1 FROM settings WHERE key = ?').get(SEEDED_KEY);
  if (seeded) return false;
  archive.transaction(() => {
    // Its picture stands in the body as the lead, as one put there in the editor would.
    const mediaId = randomUUID();
    const body = placeFigures(SAMPLE_ARTICLE.body, [{ id: mediaId, isLead: true }]);
    const article = createArticle(archive, { ...SAMPLE_ARTICLE, body });
    archive
      .prepare(
        `INSERT INTO media (id, article_id, position, caption, credit, alt, is_lead)
         VALUES (?, ?, 0, ?, ?, ?, 1)`,
      )
      .run(mediaId, article.id, SAMPLE_CAPTION.caption, SAMPLE_CAPTION.credit, SAMPLE_CAPTION.alt);
    archive.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(SEEDED_KEY, new Date().toISOString());
  })();
  return true;
}
