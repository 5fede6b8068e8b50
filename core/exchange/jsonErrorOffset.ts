/** Unwinds the walk from the first character in error, carrying where it is. */
class JsonStop extends Error {
  constructor(readonly at: number) {
    super(`JSON stops at ${at}`);
  }
}

/**
 * Where a JSON text stops being JSON. V8's messages give a position for some mistakes and not for others,
 * so after JSON.parse has failed this walks the text once to find the first character in error. Nesting is
 * already bounded by the caller, so recursion is safe.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new JsonStop(i);
  };
  const space = () => {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) if (text[i++] !== ch) fail();
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      i += text[i] === '\\' ? 2 : 1;
    }
    if (text[i] !== '"') fail();
    i++;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail();
    i += (match as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{') return container('}', true);
    if (ch === '[') return container(']', false);
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    return number();
  };
  const container = (close: string, keyed: boolean): void => {
    i++;
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      if (keyed) {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
      }
      value();
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      if (text[i] !== ',') fail();
      i++;
    }
  };
  try {
    value();
    space();
    return i < text.length ? i : text.length;
  } catch (stop) {
    return Math.min(stop instanceof JsonStop ? stop.at : 0, text.length);
  }
}
