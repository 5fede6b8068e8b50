/**
 * "Preview HTML": the exact standalone file the HTML export writes, shown inside the app in a sandboxed
 * frame (no scripts, an opaque origin; the page's own policy allows only the export's stylesheet, by its
 * hash), with the export's warnings above it and a button that saves that same file.
 */
import { useEffect, useState } from 'react';
import { warningKey, type ExportWarning } from '../../core/exchange/warnings';
import { Modal } from '../ui/Modal';
import { useI18n } from '../i18n/I18nProvider';
import { useErrorText } from '../ui/useErrorText';
import { useApi } from '../ui/ApiContext';

interface ExportedFile {
  fileName: string;
  mime: string;
  content: string;
  warnings: ExportWarning[];
}

/** Hands the file to the browser's download (the desktop shell asks where to save it). */
function saveFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: `${file.mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface Props {
  articleId: string;
  /** Saves pending edits first (the editor), so the preview shows what is on screen. */
  flush?: () => Promise<unknown>;
  /** The button's accessible name when its text alone would be ambiguous (a row of the archive). */
  label?: string;
  small?: boolean;
}

export function HtmlPreviewButton({ articleId, flush, label, small }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={`button${small ? ' button--small' : ''}`}
        aria-label={label}
        onClick={() => setOpen(true)}
      >
        {t('preview.open')}
      </button>
      {open && <HtmlPreview articleId={articleId} flush={flush} onClose={() => setOpen(false)} />}
    </>
  );
}

function HtmlPreview({ articleId, flush, onClose }: Pick<Props, 'articleId' | 'flush'> & { onClose: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [file, setFile] = useState<ExportedFile | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    (async () => {
      await flush?.();
      return api['exchange.export']({ id: articleId, format: 'html' });
    })().then(
      (exported) => live && setFile(exported),
      (error: unknown) => live && setFailure(errorText(error)),
    );
    return () => {
      live = false;
    };
  }, [api, articleId, flush, errorText]);

  return (
    <Modal title={t('preview.title')} onClose={onClose} testId="html-preview">
      {failure && (
        <p className="banner banner--error" role="alert">
          {failure}
        </p>
      )}
      {file?.warnings.map((w) => (
        <p key={`${w.code}-${w.articleId}`} className="preview__warning" role="alert">
          {t(warningKey(w), w)}
        </p>
      ))}
      {file ? (
        <iframe
          className="preview__frame"
          sandbox=""
          srcDoc={file.content}
          title={t('preview.frame')}
          data-testid="preview-frame"
        />
      ) : (
        !failure && <p className="preview__loading">{t('preview.loading')}</p>
      )}
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('preview.close')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!file}
          onClick={() => file && saveFile(file)}
        >
          {t('preview.save')}
        </button>
      </div>
    </Modal>
  );
}
