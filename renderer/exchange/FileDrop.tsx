/**
 * The archive as a drop target: files dragged over it show a drop zone; dropped, each is imported on its
 * own and a summary names every file, what it added or why it added nothing. The list is refreshed after.
 */
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { MidadApi } from '../../core/api/contract';
import { useI18n } from '../i18n/I18nProvider';
import { useErrorText } from '../ui/useErrorText';
import { carriesFiles, importDroppedFiles, type DropOutcome } from './dropImport';
// import: what each file's import kept and warned about
import { DropNotes } from './DropNotes';

interface Props {
  /** The screen's own class: the drop target is the screen itself. */
  className: string;
  api: MidadApi;
  /** Called after a drop that imported at least one article. */
  onImported: () => void;
  children: ReactNode;
}

export function FileDrop({ className, api, onImported, children }: Props) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(0);
  const [outcomes, setOutcomes] = useState<DropOutcome[] | null>(null);
  // dragenter and dragleave fire for every child crossed: count them so the zone stays while inside.
  const depth = useRef(0);

  // Files are always taken from the browser (which would otherwise open the file in place of the app);
  // a drop while an import is running is ignored.
  const accepts = (e: DragEvent) => carriesFiles(Array.from(e.dataTransfer.types));

  const drop = async (files: File[]) => {
    setBusy(files.length);
    setOutcomes(null);
    const result = await importDroppedFiles(api, files);
    setBusy(0);
    setOutcomes(result);
    if (result.some((o) => 'imported' in o && o.imported > 0)) onImported();
  };

  const line = (o: DropOutcome): string =>
    'imported' in o ? t('drop.imported', { file: o.file, count: o.imported }) : errorText(o.error);

  return (
    <div
      className={`${className} file-drop`}
      data-dragging={dragging || undefined}
      data-testid="archive-drop"
      onDragEnter={(e) => {
        if (!accepts(e)) return;
        e.preventDefault();
        depth.current += 1;
        setDragging(busy === 0);
      }}
      onDragOver={(e) => {
        if (!accepts(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      }}
      onDrop={(e) => {
        depth.current = 0;
        setDragging(false);
        if (!accepts(e)) return;
        e.preventDefault();
        if (busy === 0) void drop(Array.from(e.dataTransfer.files));
      }}
    >
      {children}
      {dragging && (
        <div className="file-drop__zone" data-testid="drop-zone">
          <p className="file-drop__hint">{t('drop.hint')}</p>
        </div>
      )}
      {busy > 0 && (
        <p className="file-drop__report" role="status">
          {t('drop.importing', { count: busy })}
        </p>
      )}
      {outcomes && (
        <section
          className="file-drop__report"
          role="status"
          aria-labelledby="drop-report-title"
          data-testid="drop-report"
        >
          <h2 className="file-drop__title" id="drop-report-title">
            {t('drop.title')}
          </h2>
          {/* Scrolls when many files' notes do not fit; focusable so the keyboard can scroll it too. */}
          <ul className="file-drop__list" tabIndex={0} aria-labelledby="drop-report-title">
            {outcomes.map((o, i) => (
              <li key={i} className={'imported' in o ? 'file-drop__ok' : 'file-drop__failed'}>
                {line(o)}
                {'articles' in o && <DropNotes articles={o.articles} />}
              </li>
            ))}
          </ul>
          <button type="button" className="button button--small" onClick={() => setOutcomes(null)}>
            {t('drop.close')}
          </button>
        </section>
      )}
    </div>
  );
}
