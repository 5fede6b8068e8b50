/** A revision label put into words in the interface language (the archive stores codes: core/review/revisionLabel). */
import type { MessageKey } from '../../core/i18n/ar';
import type { RevisionLabel } from '../../core/review/revisionLabel';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

export function labelText(label: RevisionLabel, t: T): string {
  switch (label.code) {
    case 'text':
      return label.text;
    case 'status':
      return t('history.label.status', { from: t(`status.${label.from}`), to: t(`status.${label.to}`) });
    case 'decided': {
      const accepted = t('history.label.accepted', { count: label.accepted });
      const rejected = t('history.label.rejected', { count: label.rejected });
      if (!label.rejected) return accepted;
      if (!label.accepted) return rejected;
      return t('history.label.both', { accepted, rejected });
    }
    case 'package':
      return label.from
        ? t('history.label.package', { name: isolate(label.from) })
        : t('history.label.package.unnamed');
    case 'package-local':
      return t('history.label.packageLocal');
    case 'package-theirs':
      return label.from
        ? t('history.label.packageTheirs', { name: isolate(label.from) })
        : t('history.label.packageTheirs.unnamed');
    case 'conflict':
      return t('conflict.revisionLabel');
  }
}

/** First-strong isolate: a name of the other direction inside a sentence, as <bdi> does in markup. */
function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
