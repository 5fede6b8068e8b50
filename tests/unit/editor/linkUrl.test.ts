import { describe, expect, it } from 'vitest';
import { validLinkUrl } from '../../../core/richtext/linkUrl';

describe('validLinkUrl', () => {
  it('accepts web and e-mail addresses', () => {
    expect(validLinkUrl('https://www.aljazeera.net/news')).toBe('https://www.aljazeera.net/news');
    expect(validLinkUrl('http://example.org')).toBe('http://example.org/');
    expect(validLinkUrl('mailto:desk@example.org')).toBe('mailto:desk@example.org');
  });

  it('reads a bare host name as https', () => {
    expect(validLinkUrl('example.com/page')).toBe('https://example.com/page');
  });

  it('refuses scripts, data and local files, however they are spelled', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' java\tscript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      expect(validLinkUrl(bad), bad).toBeNull();
    }
  });

  it('refuses empty text and words that are not addresses', () => {
    expect(validLinkUrl('')).toBeNull();
    expect(validLinkUrl('   ')).toBeNull();
    expect(validLinkUrl('مرحبا')).toBeNull();
  });
});
