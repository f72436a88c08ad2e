// The line `npm start` prints without a display: what Backstory marked on the seed article,
// name by name with its count, most marked first, and what the card said.

/** JS run inside the page: the text of each mark in highlight `name` (marks are static ranges). */
export const markTexts = (name: string) => `(() => {
  const h = CSS.highlights.get(${JSON.stringify(name)});
  return h ? [...h].map((r) => r.startContainer.data.slice(r.startOffset, r.endOffset)) : [];
})()`;

export function demoSummary(marks: readonly string[], card: string, screenshot: string): string {
  const counts = new Map<string, number>();
  for (const mark of marks) counts.set(mark, (counts.get(mark) ?? 0) + 1);
  const named = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([text, n]) => `${text} ${n}`)
    .join(', ');
  return `Backstory demo: ${marks.length} marks on the seed article (${named}); hover card: "${card}"; screenshot: ${screenshot}`;
}
