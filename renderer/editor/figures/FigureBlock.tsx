/**
 * One figure as the person edits it: the picture (or a placeholder with a way to attach it), then caption,
 * credit and alt text, each with its own count, and whether it is the article's lead picture.
 */
import { useEffect, useRef, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey } from 'lexical';
import type { Media } from '../../../core/article/schema';
import { useI18n } from '../../i18n/I18nProvider';
import { FigureBox } from './FigureBox';
import { fileToBase64, useFigures } from './FiguresContext';
import { isNotDownloaded, NotDownloaded, useDownloadRetry } from './NotDownloaded';

const SAVE_PAUSE_MS = 500;

export function FigureBlock({ mediaId, nodeKey }: { mediaId: string; nodeKey: string }) {
  const { t } = useI18n();
  const figures = useFigures();
  const item = figures.media.find((m) => m.id === mediaId);
  const [text, setText] = useState({ caption: item?.caption ?? '', credit: item?.credit ?? '', alt: item?.alt ?? '' });
  const [src, setSrc] = useState<string | null>(null);
  /** Pulled from the newsroom without its bytes yet: a placeholder, asked again when sync reaches the server. */
  const [notDownloaded, setNotDownloaded] = useState(false);
  const reached = useDownloadRetry();
  // Only a waiting picture asks again; one already shown is not read again at every sync.
  const askAgain = notDownloaded ? reached : null;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { api, onMedia, onError } = figures;

  useEffect(() => {
    if (!item?.mime) return;
    let url: string | null = null;
    api['media.bytes']({ id: mediaId }).then(
      (b) => {
        const bytes = Uint8Array.from(atob(b.data), (c) => c.charCodeAt(0));
        url = URL.createObjectURL(new Blob([bytes], { type: b.mime }));
        setNotDownloaded(false);
        setSrc(url);
      },
      (e: unknown) => (isNotDownloaded(e) ? setNotDownloaded(true) : onError(e)),
    );
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
    // `reached`: a picture not downloaded yet is asked for again each time sync reaches the server.
  }, [api, mediaId, item?.mime, item?.byteLength, onError, askAgain]);

  if (!item) return null;
  const edit = (patch: Partial<typeof text>) => {
    const next = { ...text, ...patch };
    setText(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(
      () => api['media.update']({ id: mediaId, ...next }).then((c) => onMedia(c.media), onError),
      SAVE_PAUSE_MS,
    );
  };
  const attach = async (file: File | undefined) => {
    if (!file) return;
    const change = await api['media.attach']({ id: mediaId, data: await fileToBase64(file) });
    onMedia(change.media);
  };
  const field = (key: keyof typeof text, label: string, multiline: boolean) => (
    <FigureBox
      id={`figure-${nodeKey}-${key}`}
      label={label}
      value={text[key]}
      multiline={multiline}
      proofed={key === 'caption'}
      onChange={(value) => edit({ [key]: value })}
    />
  );

  return (
    <figure className="figure" contentEditable={false} data-testid="figure" data-media-id={mediaId}>
      {src ? (
        <img className="figure__img" src={src} alt={text.alt} />
      ) : notDownloaded ? (
        <NotDownloaded />
      ) : (
        <div className="figure__placeholder">
          <span>{t('figure.waiting')}</span>
          <label className="button">
            {t('figure.attach')}
            <input
              type="file"
              accept="image/jpeg,image/png,image/webp,image/gif"
              className="visually-hidden"
              onChange={(e) => void attach(e.target.files?.[0]).catch(onError)}
            />
          </label>
        </div>
      )}
      {field('caption', t('figure.caption'), true)}
      <div className="form-row">
        {field('credit', t('figure.credit'), false)}
        {field('alt', t('figure.alt'), false)}
      </div>
      {item.mime && !text.credit.trim() && (
        <p className="figure__warning" data-testid="figure-no-credit">
          {t('figure.noCredit')}
        </p>
      )}
      <div className="figure__actions">
        <LeadToggle item={item} />
        <RemoveFigure nodeKey={nodeKey} />
      </div>
    </figure>
  );
}

function LeadToggle({ item }: { item: Media }) {
  const { t } = useI18n();
  const { api, onMedia, onError } = useFigures();
  return (
    <button
      type="button"
      className="button button--small"
      aria-pressed={item.isLead}
      disabled={item.isLead}
      onClick={() => void api['media.update']({ id: item.id, isLead: true }).then((c) => onMedia(c.media), onError)}
    >
      {t(item.isLead ? 'figure.isLead' : 'figure.makeLead')}
    </button>
  );
}

/**
 * Takes the figure out of the body as one edit of the body, so the article's undo brings it back. The media
 * row stays for that undo; a picture the body no longer names is not in the article (core/article/figures.ts).
 */
function RemoveFigure({ nodeKey }: { nodeKey: string }) {
  const { t } = useI18n();
  const [editor] = useLexicalComposerContext();
  return (
    <button
      type="button"
      className="button button--small figure__remove"
      data-testid="figure-remove"
      onClick={() => {
        editor.update(() => {
          const node = $getNodeByKey(nodeKey);
          if (!node) return;
          // The caret goes where the picture was, so typing and undo carry on from there.
          const next = node.getNextSibling() ?? node.getPreviousSibling();
          node.remove();
          next?.selectStart();
        });
        editor.focus();
      }}
    >
      {t('figure.remove')}
    </button>
  );
}
