// Keeps a page's mentions current: one sliced scan at start, then only what changed. The
// MutationObserver callback only queues records; the work happens later, in slices. Marks
// appear as the scan goes (in document order from what is in view, then from the top), not
// only at its end.
import type { PageMentions, ScanStats } from './page-state';
import type { HighlightStyle } from '../settings/settings';
import { PageMatches, type Mention, type TextMatcher } from '../scanner/scan';
import { clearHighlights, paintHighlights } from './highlights';
import { countByCompany, MentionIndex, sameMentions } from './mention-index';
import { Slicer, StoppedError } from './slicer';
import { viewportStart } from './viewport-start';

const FLUSH_DELAY_MS = 250;
/**
 * A slice's wall-clock time also takes in whatever keeps the thread from a core (waits inside
 * single calls), so the budget leaves room for them; why 3 ms: docs/performance.md.
 */
const SLICE_BUDGET_MS = 3;
/** While the first scan runs, marks found so far are painted at most this often. */
const PUBLISH_EVERY_MS = 100;
const OBSERVE = { childList: true, characterData: true, subtree: true } as const;

export class PageSession {
  readonly index: MentionIndex;
  private readonly matches: PageMatches;
  private mentions: Mention[] = [];
  /** The style the current marks were painted in; undefined before the first painting. */
  private paintedStyle: HighlightStyle | undefined;
  private queue: MutationRecord[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly observer: MutationObserver;
  private readonly slicer: Slicer;
  private running: Promise<void> = Promise.resolve();
  private lastPublish = 0;
  /** The matches' version when the marks were last painted (none found, none painted). */
  private publishedVersion = 0;
  private readonly errors: string[] = [];
  private scanMs = 0;
  private companyCount = -1;
  private countTimer: ReturnType<typeof setTimeout> | undefined;
  private look: { categoryMask: number; highlightStyle: HighlightStyle } = {
    categoryMask: ~0,
    highlightStyle: 'underline',
  };
  private started = false;
  /** Stopped for good: a scan under way ends at its next pause and marks nothing. */
  private halted = false;

  /** `startedAt`: when the content script's first task began. */
  constructor(
    private readonly doc: Document,
    matching: TextMatcher,
    stopped: () => boolean,
    startedAt = performance.now(),
    index = new MentionIndex(),
    /** Told the number of companies named whenever it changes. */
    private readonly onCompanyCount: (count: number) => void = () => {},
  ) {
    this.index = index;
    this.slicer = new Slicer(
      SLICE_BUDGET_MS,
      () => this.halted || stopped(),
      () => this.publishIfDue(),
      startedAt,
    );
    this.matches = new PageMatches(matching);
    this.observer = new MutationObserver((records) => this.enqueue(records));
  }

  /** Which companies to mark (by category) and how; repaints at once when already scanning. */
  configure(look: { categoryMask: number; highlightStyle: HighlightStyle }): void {
    this.look = look;
    if (this.started) this.publish();
  }

  start(): Promise<void> {
    this.started = true;
    const started = performance.now();
    this.running = this.guard(async () => {
      // The page's first touch makes the wrappers of its document and body, a step that
      // cannot be cut: it starts a slice unless the script's setup left most of one.
      const ready = this.slicer.pause(true);
      if (ready) await ready;
      const root = this.doc.body ?? this.doc.documentElement;
      this.observer.observe(root, OBSERVE);
      await this.scan([root], viewportStart(this.doc));
      await this.publishInFreshSlice();
      this.scanMs = performance.now() - started;
    });
    return this.running;
  }

  /** Counts in the stats a task of the script's that ran before the session (its setup). */
  countEarlierTask(ms: number): void {
    this.slicer.countTask(ms);
  }

  stop(): void {
    this.started = false;
    this.halted = true;
    this.mentions = [];
    this.index.replace([]);
    this.observer.disconnect();
    clearTimeout(this.flushTimer);
    clearTimeout(this.countTimer);
    this.queue = [];
    clearHighlights();
  }

  /** The companies marked on the page, most mentioned first. */
  companiesNamed(): PageMentions['companies'] {
    const counts = countByCompany(this.mentions);
    return [...counts]
      .map(([companyId, count]) => ({ companyId, count }))
      .sort((a, b) => b.count - a.count || (a.companyId < b.companyId ? -1 : 1));
  }

  stats(): ScanStats {
    return {
      longestTaskMs: Math.round(this.slicer.longestTaskMs * 100) / 100,
      busyMs: Math.round(this.slicer.busyMs * 100) / 100,
      scanMs: Math.round(this.scanMs * 100) / 100,
      textNodesWithMatches: this.matches.size,
      mentions: this.mentions.length,
      errors: [...this.errors, ...this.matches.failures],
      unreadChars: this.matches.unreadChars,
    };
  }

  /** Resolves once the scan and any queued rescans are done (for tests and the popup). */
  settled(): Promise<void> {
    return this.running;
  }

  private scan(roots: readonly Node[], startAt?: Node): Promise<void> {
    return this.matches.scan(roots, {
      startAt,
      pause: this.slicer.pause,
      waitFor: this.slicer.waitOutside,
      onAnswer: () => this.publishIfDue(),
      onShadowRoot: (shadow) => this.observer.observe(shadow, OBSERVE),
    });
  }

  private enqueue(records: MutationRecord[]): void {
    for (const record of records) this.queue.push(record);
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = undefined;
      this.slicer.beginTask();
      this.running = this.running.then(() => this.guard(() => this.flush()));
    }, FLUSH_DELAY_MS);
  }

  private async flush(): Promise<void> {
    const records = this.queue;
    this.queue = [];
    const changed = new Set<Node>();
    for (const record of records) {
      const targets = record.type === 'characterData' ? [record.target] : [...record.addedNodes];
      for (const node of targets) if (node.isConnected) changed.add(node);
    }
    await this.scan([...changed]);
    this.matches.prune();
    await this.publishInFreshSlice();
  }

  /**
   * Paints what a scan found. The painting cannot be cut: it starts a slice of its own unless
   * enough of the current one is left.
   */
  private async publishInFreshSlice(): Promise<void> {
    await this.slicer.pause(true);
    this.publish();
  }

  private publishIfDue(): void {
    // Nothing found since the last painting: nothing to paint (a page's first pause comes
    // before any answer, and most pauses of a page without marks find nothing new).
    if (this.matches.version === this.publishedVersion) return;
    if (performance.now() - this.lastPublish >= PUBLISH_EVERY_MS) this.publish();
  }

  private publish(): void {
    if (this.halted) return;
    this.lastPublish = performance.now();
    this.publishedVersion = this.matches.version;
    const { categoryMask, highlightStyle } = this.look;
    const mentions = this.matches.resolve().filter((m) => (m.categories & categoryMask) !== 0);
    // A page that changes all the time (a clock, a carousel) mostly changes nothing marked:
    // the marks are painted again only when they differ, not at every rescan.
    if (highlightStyle === this.paintedStyle && sameMentions(mentions, this.mentions)) return;
    this.mentions = mentions;
    this.paintedStyle = highlightStyle;
    this.index.replace(mentions);
    paintHighlights(mentions, highlightStyle);
    const companies = countByCompany(this.mentions).size;
    if (companies !== this.companyCount) {
      this.companyCount = companies;
      // Told in a task of its own: what it sets off (the badge's message, the pointer's
      // listeners) made the painting's slice too long (docs/performance.md).
      this.countTimer ??= setTimeout(() => this.tellCompanyCount(), 0);
    }
  }

  private tellCompanyCount(): void {
    this.countTimer = undefined;
    if (this.halted) return;
    this.slicer.beginTask();
    try {
      this.onCompanyCount(this.companyCount);
    } finally {
      this.slicer.endTask();
    }
  }

  /** Runs one piece of work; a failure is kept for the stats and never reaches the page. */
  private async guard(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof StoppedError)) {
        this.errors.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
      }
    } finally {
      this.slicer.endTask();
    }
  }
}
