/**
 * Focus mode: the page alone, the text column across the screen, everything else hidden until the pointer
 * moves (then shown for a moment, so the way out is always a move away). Escape leaves it. The screen puts
 * `on` and `revealed` on its root as classes; the stylesheet does the hiding.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** How long the header stays after the pointer stops. */
const REVEAL_MS = 2000;

export function useFocusMode(): { on: boolean; revealed: boolean; toggle: () => void } {
  const [on, setOn] = useState(false);
  const [revealed, setRevealed] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const toggle = useCallback(() => {
    setOn((v) => !v);
    setRevealed(false);
  }, []);

  useEffect(() => {
    if (!on) return;
    const onMove = () => {
      setRevealed(true);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => setRevealed(false), REVEAL_MS);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && !document.querySelector('[role="dialog"]')) setOn(false);
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('keydown', onKey);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [on]);

  return { on, revealed, toggle };
}
