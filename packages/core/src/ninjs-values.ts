// Small value helpers shared by the ninjs renderers: ninjs holds no blank strings, counts characters
// as code points.

export interface NinjsText {
  role: 'main' | 'sub' | 'summary' | 'caption';
  value: string;
}

export function present(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

export function distinctPresent(values: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const value of values) if (present(value) !== undefined) seen.add(value);
  return [...seen];
}

export function codePointCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single character.
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

export function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => word !== '').length;
}
