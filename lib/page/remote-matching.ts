// The content script's matcher: it sends the page's texts to the background, which holds
// the compiled dictionary and judges what it finds, and reads the matches back. The page's
// own thread never loads or builds the dictionary; it only walks its text and paints marks.
import { readTextMatches } from '../matcher/text-matches';
import type { RequestOf, TextMatches } from '../messages';
import type { TextMatcher } from '../scanner/scan';

export class RemoteMatching implements TextMatcher {
  private ownSite: string | null = null;

  constructor(
    private readonly host: string,
    private readonly ask: (request: RequestOf<'matchTexts'>) => Promise<TextMatches>,
  ) {}

  async matchTexts(texts: readonly string[]) {
    const reply = await this.ask({ type: 'matchTexts', texts: texts as string[], host: this.host });
    this.ownSite = reply.ownSiteCompanyId;
    return readTextMatches(reply, texts);
  }

  /** The company whose own site the page is on, once the background has said. */
  get ownSiteCompanyId(): string | null {
    return this.ownSite;
  }
}
