/**
 * The child the kill test SIGKILLs. It loads, waits for a line on stdin (so the test can start it while
 * the previous child is still saving), opens the archive as the app does, then saves one article in a
 * loop: each save explicit, so each leaves a revision, and every fifth also adds a caption. It prints a
 * line for a save only after the save returned, that is after SQLite reported the commit durable.
 *   node --import tsx tests/helpers/saveLoopChild.ts DB ARTICLE_ID [STEM_LIST]   (the kill test runs it bundled)
 */
import { readFileSync } from 'node:fs';
import { openArchive } from '../../db/connection';
import { getArticle, saveArticle } from '../../db/articles';
import { addMedia } from '../../db/media';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { searchStemmer, searchStemmerFromList } from '../../db/search/stemmer';

const [path, id, stemList] = process.argv.slice(2) as [string, string, string | undefined];

function saveForever(): never {
  const archive = openArchive(path);
  let version = getArticle(archive, id).version;
  process.stdout.write('ready\n');
  for (let n = 0; ; n++) {
    const headline = `حفظ ${process.pid}-${n}`;
    const body = stateFromParagraphs([`${headline} `.repeat(50)]);
    version = saveArticle(archive, id, version, { headline, body }, new Date(), { kind: 'explicit' }).version;
    process.stdout.write(`saved ${version} ${headline}\n`);
    if (n % 5 === 4) {
      const { item } = addMedia(archive, { articleId: id, caption: headline });
      process.stdout.write(`media ${item!.id}\n`);
    }
  }
}

// The stemmer (the first save's index write needs it) is built while waiting for the turn, as the app warms it
// at start-up, so a child's first save costs what every later one does. From the stem list the test derived
// once when it gives one (as the app makes it from the list its worker thread derived): deriving it here costs
// each of the kill test's fifty children about 0.4 s of CPU.
if (stemList) searchStemmerFromList(readFileSync(stemList, 'utf8'));
else searchStemmer();
process.stdin.once('data', saveForever);
