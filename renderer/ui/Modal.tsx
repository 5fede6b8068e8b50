/**
 * A modal dialog on the platform's <dialog>: focus is trapped, Escape closes, the title labels it, and the
 * focus goes back where it was when it closes.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function Modal({
  title,
  onClose,
  children,
  testId,
  wide = false,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  /** As wide as the window allows: for content that needs the room (a comparison of two versions). */
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  // What had the focus when the dialog opened (read before it takes the focus).
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      // The dialog has left the page by now, so the platform's own return of the focus finds nothing
      // to return from and leaves it on the page's body: a keyboard would start again from the top.
      // Give it back to the button that opened the dialog, unless the closing put it somewhere already.
      const lost = !document.activeElement || document.activeElement === document.body;
      if (lost && opener?.isConnected) opener.focus();
    };
  }, [opener]);
  return (
    <dialog
      ref={ref}
      className={wide ? 'modal modal--wide' : 'modal'}
      aria-labelledby="modal-title"
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 className="modal__title" id="modal-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
