/**
 * What a side panel shows, read from the archive: read again whenever `version` changes (the article was saved)
 * and after each action the panel takes (`reload`). Only the newest read is shown: an answer that arrives after
 * a newer read was asked for is dropped, so a slow list never overwrites a fresh one
 * (an answer after the panel closed is dropped by React itself).
 * `load` must keep its identity between renders (useCallback) or it is read on every render.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useErrorText } from './useErrorText';

export interface PanelData<T> {
  /** Undefined until the first read answers. */
  data: T | undefined;
  /** The last read's or action's refusal, in the person's language; empty when there is none. */
  error: string;
  setError: (error: string) => void;
  /** Reads again; resolves when the answer is shown (or dropped as stale). */
  reload: () => Promise<void>;
}

export function usePanelData<T>(load: () => Promise<T>, version: unknown): PanelData<T> {
  const errorText = useErrorText();
  const [data, setData] = useState<T>();
  const [error, setError] = useState('');
  const latest = useRef(0);

  const reload = useCallback(() => {
    const request = ++latest.current;
    return load().then(
      (answer) => {
        if (latest.current === request) setData(answer);
      },
      (e: unknown) => {
        if (latest.current === request) setError(errorText(e));
      },
    );
  }, [load, errorText]);

  useEffect(() => {
    // `version` is not read: its change is what makes the data worth reading again.
    void reload();
  }, [reload, version]);

  return { data, error, setError, reload };
}
