import { useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `delayMs`. Counting a 10,000-word body takes tens of
 * milliseconds; doing it on every keystroke would cost the person a frame per key, so counts follow the
 * text when typing pauses instead.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
