/**
 * What every screen knows about the newsroom: the sign-in and sync status, asked of the main process every
 * two seconds (a local call; the engine itself talks to the server), and the API to act on it. When the
 * server gives the person another role, the settings are read again so the profile shows it. The window's
 * `online` event asks the engine to try at once.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { MidadApi } from '../../core/api/contract';
import type { NewsroomStatus } from '../../core/sync/newsroomContract';
import { useSettings } from '../settings/SettingsProvider';

interface NewsroomValue {
  api: MidadApi | null;
  status: NewsroomStatus | null;
  /** Takes a status the caller already has (after signing in or out) or asks for a fresh one. */
  refresh: (known?: NewsroomStatus) => void;
}

const NewsroomContext = createContext<NewsroomValue>({ api: null, status: null, refresh: () => {} });

export const NEWSROOM_POLL_MS = 2_000;

export function NewsroomProvider({ api, children }: { api: MidadApi; children: ReactNode }) {
  const { update } = useSettings();
  const [status, setStatus] = useState<NewsroomStatus | null>(null);
  const role = useRef<string | null>(null);

  const take = useCallback(
    (next: NewsroomStatus) => {
      setStatus(next);
      if (next.role && next.role !== role.current) void update({}).catch(() => {});
      role.current = next.role;
    },
    [update],
  );

  const refresh = useCallback(
    (known?: NewsroomStatus) => {
      if (known) take(known);
      else api['newsroom.status']({}).then(take, () => {});
    },
    [api, take],
  );

  useEffect(() => {
    let live = true;
    const ask = () => {
      api['newsroom.status']({}).then(
        (s) => live && take(s),
        () => {},
      );
    };
    ask();
    const timer = window.setInterval(ask, NEWSROOM_POLL_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [api, take]);

  // The system says the network is back: the engine tries at once instead of at its next back-off step
  // (up to a minute away); it bounds how often, so a flapping network is no storm.
  useEffect(() => {
    const online = () => {
      api['newsroom.syncNow']({}).then(take, () => {});
    };
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [api, take]);

  return <NewsroomContext.Provider value={{ api, status, refresh }}>{children}</NewsroomContext.Provider>;
}

export function useNewsroom(): NewsroomValue {
  return useContext(NewsroomContext);
}
