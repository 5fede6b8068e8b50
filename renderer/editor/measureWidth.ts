/**
 * Rendered width of a line of text in a given CSS font, measured with a canvas in the fonts the app
 * bundles. Search engines cut titles by pixel width, not characters; this is how a headline is budgeted
 * for the web.
 */
let context: CanvasRenderingContext2D | null = null;

export function textWidth(text: string, font: string): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return 0;
  context.font = font;
  context.direction = 'rtl';
  return context.measureText(text).width;
}

/** The headline as a search result shows it: the headline's own typeface, bold, at a result title's size. */
export const WEB_HEADLINE_FONT = '700 20px "Noto Naskh Arabic"';
