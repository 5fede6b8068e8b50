import { describe, expect, it } from 'vitest';
import { translate } from '../../../core/i18n/translate';
import { fieldLabel } from '../../../renderer/ui/fieldLabel';

describe('fieldLabel', () => {
  const t = (key: Parameters<typeof translate>[1]) => translate('en', key);

  it('names the article fields in the interface language', () => {
    expect(fieldLabel('headline', t)).toBe('Headline');
    expect(fieldLabel('standfirst', t)).toBe('Standfirst');
    expect(fieldLabel('body', t)).toBe('Body');
    expect(fieldLabel('headline', (key) => translate('ar', key))).toBe(translate('ar', 'editor.headline'));
  });

  it('reads a picture field as its caption', () => {
    expect(fieldLabel('caption:0b6f7c1e-3d7a-4c55-9d4b-6a8e2f1c9b00', t)).toBe('Picture caption');
  });
});
