// What a page's content script tells about itself: the companies it marked, and what its
// scan cost. The page owns these types; the protocol carries them.

/** What a page's content script has done, for the benchmark and the robustness sweep. */
export interface ScanStats {
  /** The longest task the content script ran, in ms. */
  longestTaskMs: number;
  /** All the content script's scanning tasks together, in ms (its own code only). */
  busyMs: number;
  /** From the start of the first scan to its last slice, in ms (waits between slices included). */
  scanMs: number;
  textNodesWithMatches: number;
  mentions: number;
  /** Errors caught inside the content script (a batch the background refused among them); none reaches the page. */
  errors: string[];
  /**
   * Characters of text the scan gave up on: past 4 Mi characters of one text node, or 16 Mi
   * in one scan (lib/scanner/scan.ts). 0 on any page of prose.
   */
  unreadChars: number;
}

export interface PageMentions {
  companies: { companyId: string; count: number }[];
  /** The page's site ("nytimes.com"), for the popup's on/off switch. */
  site: string;
  /** False when the user switched Backstory off, everywhere or on this site. */
  active: boolean;
  /** The company whose own site this is, if any. */
  ownSiteCompanyId: string | null;
}
