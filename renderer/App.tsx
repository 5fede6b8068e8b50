/**
 * The app shell: which screen is showing. The open article lives in the address (#/article/ID) so a
 * reload, or a crash recovery, comes back to it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Article } from '../core/article/schema';
import { ArchiveScreen } from './archive/ArchiveScreen';
import { EditorScreen } from './editor/EditorScreen';
import type { MidadApi } from '../core/api/contract';
import { DesktopScreen, ShellNav, desktopScreenFromHash, useDesktopShell } from './shell/DesktopShell';
import { ProfilePrompt } from './review/ProfilePrompt';
import { useErrorText } from './ui/useErrorText';

function articleIdFromHash(): string | null {
  const match = /^#\/article\/([0-9a-f-]{36})$/.exec(window.location.hash);
  return match?.[1] ?? null;
}

export function App({ api }: { api: MidadApi }) {
  const errorText = useErrorText();
  const [openId, setOpenId] = useState(articleIdFromHash);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const [desktopScreen, setDesktopScreen] = useState(desktopScreenFromHash);

  const onError = useCallback((e: unknown) => setError(errorText(e)), [errorText]);

  useEffect(() => {
    const onHash = () => {
      setOpenId(articleIdFromHash());
      setDesktopScreen(desktopScreenFromHash());
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // Each fetch of the open article is a request of its own; the article shows only while it answers the
  // current request, so a new id or a reload shows nothing until the archive has answered it.
  const request = useMemo(() => ({ api, openId, onError, reloads }), [api, openId, onError, reloads]);
  const [loaded, setLoaded] = useState<{ request: typeof request; article: Article } | null>(null);
  const article = loaded?.request === request ? loaded.article : null;
  useEffect(() => {
    const { api, openId, onError } = request;
    if (!openId) return;
    let live = true;
    api['articles.get']({ id: openId }).then((a) => {
      if (live) setLoaded({ request, article: a });
    }, onError);
    return () => {
      live = false;
    };
  }, [request]);

  const open = (id: string | null) => {
    window.location.hash = id ? `#/article/${id}` : '';
  };
  const shell = useDesktopShell(api, open, onError);

  return (
    <div className="app">
      {error && (
        <div className="banner banner--error" role="alert">
          {error}
        </div>
      )}
      {shell.notice}
      {/* The settings screen asks for the profile itself; the prompt would ask twice. */}
      {!desktopScreen && <ProfilePrompt />}
      {desktopScreen ? (
        <DesktopScreen screen={desktopScreen} onBack={() => open(null)} />
      ) : openId === null ? (
        <>
          <ArchiveScreen key={shell.archiveVersion} api={api} onOpen={open} onError={onError} />
          <ShellNav />
        </>
      ) : article ? (
        <EditorScreen
          key={`${article.id}:${article.version}:${reloads}`}
          article={article}
          onBack={() => open(null)}
          onReload={() => setReloads((n) => n + 1)}
          onError={onError}
        />
      ) : null}
    </div>
  );
}
