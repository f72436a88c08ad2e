import { expect, it } from 'vitest';
import { draftFromPage, parseDraft } from './draft';

it('keeps only the string fields of a stored draft', () => {
  expect(parseDraft({ companyName: 'Acme', kind: 3, extra: 'x' })).toEqual({ companyName: 'Acme' });
  expect(parseDraft(null)).toBeUndefined();
  expect(parseDraft({})).toBeUndefined();
});

it("prefills a report from the page's address, title and selection", () => {
  expect(
    draftFromPage({
      url: 'https://news.example/a',
      title: 'Workers protest',
      selection: '  Amazon   sold Rekognition ',
    }),
  ).toEqual({
    description: '“Amazon sold Rekognition” — Workers protest',
    sourceUrl: 'https://news.example/a',
  });
  expect(draftFromPage({ url: 'file:///tmp/x.html', title: '', selection: 'x' }).sourceUrl).toBe('');
});
