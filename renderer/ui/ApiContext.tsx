/**
 * The archive's API for every component under the app, so a screen does not hand it down through each child
 * that passes it on. main.tsx provides the one instance (createApi); a component outside the provider is a
 * programming error and says so at once rather than calling nothing.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { MidadApi } from '../../core/api/contract';

const ApiContext = createContext<MidadApi | null>(null);

export function ApiProvider({ api, children }: { api: MidadApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): MidadApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider: main.tsx wraps the app in one');
  return api;
}
