/**
 * Word's list paragraphs (MsoListParagraph with mso-list styles, the marker typed inside an
 * mso-list:Ignore span) become real lists, without the marker. The HTML below is what Word for Windows
 * puts on the clipboard, trimmed of its long <head>.
 */
import { parseFragment, serialize } from 'parse5';
import { describe, expect, it } from 'vitest';
import { convertWordLists } from '../../../core/exchange/wordLists';

/** The converted fragment with Word's spans, styles and classes stripped, to read its structure. */
function structure(html: string): string {
  const fragment = parseFragment(html);
  convertWordLists(fragment);
  return serialize(fragment)
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<meta[^>]*>|<style>[\s\S]*?<\/style>/g, '')
    .replace(/<\/?(span|o:p)[^>]*>/g, '')
    .replace(/ (class|style|lang)="[^"]*"/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s*\n\s*/g, '');
}

const WORD_HEAD = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoListParagraph {margin-left:.5in;} --></style></head><body lang=EN-US style='tab-interval:.5in'><!--StartFragment-->`;
const WORD_TAIL = `<!--EndFragment--></body></html>`;

const bullet = (text: string, place: 'First' | 'Middle' | 'Last', level = 1) =>
  `<p class=MsoListParagraphCxSp${place} style='text-indent:-.25in;mso-list:l0 level${level} lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>${level === 1 ? '·' : 'o'}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>${text}<o:p></o:p></p>\n`;

describe('Word list paragraphs pasted into the body', () => {
  it('become an unordered list when the marker is a bullet, keeping bold and dropping the bullet text', () => {
    const html = `${WORD_HEAD}<p class=MsoNormal>Before the list<o:p></o:p></p>\n${bullet('Ministers <b>met</b> today', 'First')}${bullet('Talks continue', 'Middle')}${bullet('A vote is due', 'Last')}<p class=MsoNormal>After<o:p></o:p></p>${WORD_TAIL}`;
    const out = structure(html);
    expect(out).toContain(
      '<p>Before the list</p><ul><li>Ministers <b>met</b> today</li><li>Talks continue</li><li>A vote is due</li></ul><p>After</p>',
    );
    expect(out).not.toContain('·');
  });

  it('become an ordered list when the marker is a number, with a deeper level nested in the item before it', () => {
    const item = (marker: string, text: string, level: number) =>
      `<p class=MsoListParagraphCxSpMiddle style='margin-left:${level * 0.5}in;text-indent:-.25in;mso-list:l1 level${level} lfo2'><![if !supportLists]><span style='mso-bidi-font-family:Calibri'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>${text}<o:p></o:p></p>`;
    const html = `${WORD_HEAD}${item('1.', 'Open the session', 1)}${item('2.', 'Hear the reports', 1)}${item('a.', 'Finance', 2)}${item('b.', 'Health', 2)}${item('3.', 'Vote', 1)}${WORD_TAIL}`;
    expect(structure(html)).toBe(
      '<ol><li>Open the session</li><li>Hear the reports<ol><li>Finance</li><li>Health</li></ol></li><li>Vote</li></ol>',
    );
  });

  it('become a right-to-left Arabic list, numbered in Arabic-Indic digits or Arabic letters, without the numbers', () => {
    const item = (marker: string, text: string, place: string) =>
      `<p class=MsoListParagraphCxSp${place} dir=RTL style='margin-top:0in;margin-right:.5in;margin-bottom:0in;margin-left:0in;text-align:right;text-indent:-.25in;mso-list:l0 level1 lfo1;direction:rtl;unicode-bidi:embed'><![if !supportLists]><span style='mso-fareast-font-family:Calibri;mso-fareast-theme-font:minor-latin'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span dir=RTL></span><span lang=AR-SA style='mso-bidi-language:AR-SA'>${text}<o:p></o:p></span></p>`;
    const indic = `${WORD_HEAD}${item('١.', 'افتتاح الجلسة', 'First')}${item('٢.', 'مناقشة الميزانية', 'Last')}${WORD_TAIL}`;
    expect(structure(indic)).toBe(
      '<ol dir="RTL"><li dir="RTL">افتتاح الجلسة</li><li dir="RTL">مناقشة الميزانية</li></ol>',
    );
    const letters = `${WORD_HEAD}${item('أ-', 'الشمال', 'First')}${item('ب-', 'الجنوب', 'Last')}${WORD_TAIL}`;
    expect(structure(letters)).toBe('<ol dir="RTL"><li dir="RTL">الشمال</li><li dir="RTL">الجنوب</li></ol>');
    const bullets = `${WORD_HEAD}${item('<span style="font-family:Wingdings">§</span>', 'بند أول', 'First')}${item('§', 'بند ثان', 'Last')}${WORD_TAIL}`;
    expect(structure(bullets)).toBe('<ul dir="RTL"><li dir="RTL">بند أول</li><li dir="RTL">بند ثان</li></ul>');
  });

  it('keep two different Word lists apart, and leave ordinary paragraphs alone', () => {
    const html = `${WORD_HEAD}<div class=WordSection1>${bullet('One', 'First')}<p class=MsoListParagraphCxSpLast style='text-indent:-.25in;mso-list:l3 level1 lfo4'><span style='mso-list:Ignore'>1.<span>&nbsp; </span></span>Other list</p><p class=MsoNormal style='mso-list:none'>Plain</p></div>${WORD_TAIL}`;
    expect(structure(html)).toBe('<div><ul><li>One</li></ul><ol><li>Other list</li></ol><p>Plain</p></div>');
  });
});
