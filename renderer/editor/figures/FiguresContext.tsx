/** The article's media for the figures in its body: the items, and the API calls that change them. */
import { createContext, useContext } from 'react';
import type { Media } from '../../../core/article/schema';
import type { MidadApi } from '../../../core/api/contract';

export interface Figures {
  articleId: string;
  media: Media[];
  api: MidadApi;
  /** The archive's media list after a change. */
  onMedia: (media: Media[]) => void;
  onError: (error: unknown) => void;
}

export const FiguresContext = createContext<Figures | null>(null);

export function useFigures(): Figures {
  const value = useContext(FiguresContext);
  if (!value) throw new Error('FiguresContext missing');
  return value;
}

/** A picture file as base64, for the API. */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // readAsDataURL gives a string; a reader that failed says why in its error.
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}
