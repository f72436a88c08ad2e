// Whether the card should be dark: it follows the page when the page says (a dark
// background, or a color-scheme of only "dark"), and the system otherwise. Pure.

/** Relative luminance (0 black – 1 white) of a CSS rgb()/rgba() colour; undefined when transparent or unreadable. */
export function luminance(color: string): number | undefined {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
    color.trim(),
  );
  if (!match) return undefined;
  const alphaText = match[4];
  const alpha =
    alphaText === undefined
      ? 1
      : alphaText.endsWith('%')
        ? Number.parseFloat(alphaText) / 100
        : Number(alphaText);
  if (alpha < 0.5) return undefined;
  const [r, g, b] = [match[1], match[2], match[3]].map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function cardTheme(
  page: { backgrounds: readonly string[]; colorScheme: string },
  systemDark: boolean,
): 'light' | 'dark' {
  // The first opaque background from the text outwards is what the reader sees behind it.
  for (const background of page.backgrounds) {
    const light = luminance(background);
    if (light !== undefined) return light < 0.35 ? 'dark' : 'light';
  }
  const schemes = page.colorScheme.split(/\s+/);
  if (schemes.includes('dark') && !schemes.includes('light')) return 'dark';
  if (schemes.includes('light') && !schemes.includes('dark')) return 'light';
  return systemDark ? 'dark' : 'light';
}
