/**
 * Proofing for a plain-text field (headline, standfirst, a picture's caption): a textarea's text cannot carry highlights, so a
 * mirror of it (same box, font and wrapping, transparent text) lies behind the transparent textarea and the
 * findings are CSS Custom Highlights over the mirror's text. The textarea stays the field: typing, undo and
 * the article's history are untouched. This rather than making the fields contenteditable, which would
 * change how they take input, paste and undo (PlainField, history/) for every other feature.
 * Right-click or the context-menu key on a marked word opens the same menu as the body's.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Finding } from '../../core/proofing/types';
import { useSettings } from '../settings/SettingsProvider';
import { useApi } from '../ui/ApiContext';
import { proofingClient } from './client';
import { clearField, rangeIn, setFieldMarks } from './highlights';
import { ProofingMenu } from './ProofingMenu';

/** A pause in typing, as in the body (ProofingPlugin). */
const PAUSE_MS = 400;
/** What the mirror takes from the textarea so that its text lies exactly under the textarea's. */
const COPIED = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textAlign',
  'direction',
  // A caption's box is dir="auto", which Chromium lays out with unicode-bidi: plaintext, line by line.
  'unicodeBidi',
  'paddingTop',
  'paddingBottom',
  'paddingLeft',
  'paddingRight',
  'borderTopWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderRightWidth',
] as const;

interface Props {
  /** The field's id (headline, standfirst, a caption box's id). */
  field: string;
  target: RefObject<HTMLTextAreaElement | null>;
  value: string;
}

export function FieldMirror({ field, target, value }: Props) {
  const api = useApi();
  const { settings } = useSettings();
  const mirror = useRef<HTMLDivElement>(null);
  const findings = useRef<Finding[]>([]);
  const [menu, setMenu] = useState<{ finding: Finding; x: number; y: number } | null>(null);
  const key = `field:${field}`;

  // The mirror takes the textarea's box (its own width: a textarea is not always as wide as its parent)
  // and type, now and whenever the textarea is resized (the window, the side panels).
  useLayoutEffect(() => {
    const from = target.current;
    const to = mirror.current;
    if (!from || !to) return;
    const sync = () => {
      const style = getComputedStyle(from);
      for (const property of COPIED) to.style[property] = style[property];
      const parent = to.parentElement;
      if (!parent) return;
      const [box, frame] = [from.getBoundingClientRect(), parent.getBoundingClientRect()];
      to.style.left = `${box.left - frame.left - parent.clientLeft}px`;
      to.style.top = `${box.top - frame.top - parent.clientTop}px`;
      to.style.width = `${box.width}px`;
      to.style.height = `${box.height}px`;
    };
    sync();
    const observer = new ResizeObserver(sync);
    observer.observe(from);
    // A caption's box has a fixed height and scrolls its text: the mirror's text scrolls with it.
    const follow = () => {
      to.scrollTop = from.scrollTop;
    };
    follow();
    from.addEventListener('scroll', follow);
    return () => {
      observer.disconnect();
      from.removeEventListener('scroll', follow);
    };
  }, [target, value]);

  useEffect(() => {
    const client = proofingClient();
    return client.subscribe(key, (byKey) => {
      findings.current = byKey.text ?? [];
      const element = mirror.current;
      if (!element) return;
      const marks = findings.current.flatMap((finding) => {
        const range = rangeIn(element, finding.start, finding.length);
        return range ? [{ range, finding }] : [];
      });
      setFieldMarks(key, marks);
    });
  }, [key]);
  useEffect(() => () => clearField(key), [key]);

  useEffect(() => {
    const timer = setTimeout(() => proofingClient().check(key, [{ key: 'text', text: value }]), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [key, value, settings]);

  useEffect(() => {
    const textarea = target.current;
    if (!textarea) return;
    const onContextMenu = (event: MouseEvent) => {
      const fromKeyboard = event.button !== 2 || (event.clientX === 0 && event.clientY === 0);
      const offset = fromKeyboard ? textarea.selectionStart : offsetAt(textarea, mirror.current, event);
      if (offset === null) return;
      const finding = findings.current.find(
        (f) => f.severity !== 'info' && f.start <= offset && offset <= f.start + f.length,
      );
      if (!finding || !mirror.current) return;
      event.preventDefault();
      const box = rangeIn(mirror.current, finding.start, finding.length)?.getBoundingClientRect();
      setMenu({
        finding,
        x: fromKeyboard && box ? box.left : event.clientX,
        y: fromKeyboard && box ? box.bottom : event.clientY,
      });
    };
    textarea.addEventListener('contextmenu', onContextMenu);
    return () => textarea.removeEventListener('contextmenu', onContextMenu);
  }, [target]);

  const close = () => {
    setMenu(null);
    target.current?.focus();
  };

  return (
    <>
      <div ref={mirror} className="proofed-field__mirror" aria-hidden="true">
        {value}
      </div>
      {menu && (
        <ProofingMenu
          finding={menu.finding}
          x={menu.x}
          y={menu.y}
          onClose={close}
          onReplace={(text) => {
            const textarea = target.current;
            setMenu(null);
            if (!textarea) return;
            // Typed in as if by the person: the field's onChange, its undo and the article's history see it.
            textarea.focus();
            textarea.setSelectionRange(menu.finding.start, menu.finding.start + menu.finding.length);
            document.execCommand('insertText', false, text);
          }}
          onRemember={(kind) => {
            const word = menu.finding.found;
            close();
            void api['proofing.addWord']({ word, kind }).then(async () => {
              await proofingClient().configure(api, settings);
              proofingClient().check(key, [{ key: 'text', text: target.current?.value ?? value }]);
            });
          }}
        />
      )}
    </>
  );
}

/** The text offset under the pointer: the mirror is hit-tested with the textarea let through for a moment. */
function offsetAt(textarea: HTMLTextAreaElement, mirror: HTMLDivElement | null, event: MouseEvent): number | null {
  if (!mirror) return null;
  textarea.style.pointerEvents = 'none';
  mirror.style.pointerEvents = 'auto';
  try {
    const caret = document.caretPositionFromPoint(event.clientX, event.clientY);
    return caret && mirror.contains(caret.offsetNode) ? caret.offset : null;
  } finally {
    textarea.style.pointerEvents = '';
    mirror.style.pointerEvents = '';
  }
}
