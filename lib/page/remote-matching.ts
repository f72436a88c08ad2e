// The content script's matcher: it sends the page's texts to the background, which holds
// the compiled dictionary, and reads the matches back. The page's own thread never loads
// or builds the dictionary; it only walks its text and paints the marks.
import type { PageContext } from '../matcher/disambiguate';
import { readTextMatches } from '../matcher/text-matches';
import type { RequestOf, TextMatches } from '../messages';
import type { TextMatcher } from '../scanner/scan';

export interface PageMatching extends TextMatcher {
  pageContext(): PageContext;
  /** The company's category bit mask (lib/dataset/categories.ts); 0 when unknown. */
  categoriesOf(companyId: string): number;
}

export class RemoteMatching implements PageMatching {
  private ownSite: string | null = null;
  private readonly categories = new Map<string, number>();

  constructor(
    private readonly host: string,
    private readonly ask: (request: RequestOf<'matchTexts'>) => Promise<TextMatches>,
  ) {}

  async matchTexts(texts: readonly string[]) {
    const reply = await this.ask({ type: 'matchTexts', texts: [...texts], host: this.host });
    this.ownSite = reply.ownSiteCompanyId;
    for (const [companyId, mask] of Object.entries(reply.categories)) this.categories.set(companyId, mask);
    return readTextMatches(reply, texts);
  }

  pageContext(): PageContext {
    return { ownSiteCompanyId: this.ownSite };
  }

  categoriesOf(companyId: string): number {
    return this.categories.get(companyId) ?? 0;
  }

  get ownSiteCompanyId(): string | null {
    return this.ownSite;
  }
}
