import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EXPORTERS } from '../../../core/exchange/registry';
import { parseImport } from '../../../core/exchange/registry';
import { pendingSuggestions } from '../../../core/review/suggestions';
import { translate } from '../../../core/i18n/translate';
import { EXPORT_WARNING_KEY, warningLine } from '../../../core/exchange/warnings';
import { SUGGESTED_STORY, WIRE_STORY } from './testArticles';
import { parseJsonAs } from '../../helpers/json';

/** The part of a ninjs item these tests read. */
const NinjsBodies = z.object({ bodies: z.array(z.object({ value: z.string(), wordCount: z.number() })) });

const ID = SUGGESTED_STORY.article.id;

describe('an article with pending suggestions', () => {
  it('goes to HTML as if none were accepted (insertion left out, deletion kept), with a warning', () => {
    const { content, warnings } = EXPORTERS.html.export(SUGGESTED_STORY);
    expect(content).toContain('استقبل الرئيس الوفد يوم الاثنين.');
    expect(content).not.toContain('الأمريكي');
    expect(warnings).toEqual([
      { code: 'pending_suggestions', articleId: ID, headline: 'الرئيس يستقبل الوفد', count: 2 },
    ]);
    expect(EXPORTERS.html.export(SUGGESTED_STORY, { bodyOnly: true }).warnings).toHaveLength(1);
  });

  it('goes to ninjs the same way, its counts those of the text exported', () => {
    const { content, warnings } = EXPORTERS.ninjs.export(SUGGESTED_STORY);
    const body = parseJsonAs(NinjsBodies, content).bodies[0]!;
    expect(body.value).toContain('استقبل الرئيس الوفد يوم الاثنين.');
    expect(body.value).not.toContain('الأمريكي');
    expect(body.wordCount).toBe(5);
    expect(warnings).toHaveLength(1);
  });

  it('keeps its suggestions as they are in Midad JSON, without a warning', () => {
    const { content, warnings } = EXPORTERS.json.export(SUGGESTED_STORY);
    expect(warnings).toEqual([]);
    const [draft] = parseImport('s.json', content);
    expect(pendingSuggestions(draft!.fields.body, ID).map((s) => [s.kind, s.text])).toEqual([
      ['insert', 'الأمريكي '],
      ['delete', 'يوم الاثنين'],
    ]);
  });

  it('is the only kind that warns', () => {
    for (const exporter of Object.values(EXPORTERS)) expect(exporter.export(WIRE_STORY).warnings).toEqual([]);
  });

  it('is told in one line on the command line and in both languages in the app', () => {
    const [warning] = EXPORTERS.html.export(SUGGESTED_STORY).warnings;
    expect(warningLine(warning!)).toBe(
      `warning: ${ID} "الرئيس يستقبل الوفد": 2 pending suggestions not applied; exported as if none were accepted`,
    );
    expect(translate('ar', EXPORT_WARNING_KEY, warning)).toContain('«الرئيس يستقبل الوفد»');
    expect(translate('en', EXPORT_WARNING_KEY, warning)).toContain('2 pending suggestions');
  });
});
