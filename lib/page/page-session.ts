// Keeps a page's mentions current: one sliced scan at start, then only what changed.
// The MutationObserver callback only queues records; the work happens later, in slices.
import type { Dictionary } from '../matcher/dictionary';
import type { PageMentions } from '../messages';
import { PageMatches, type Mention } from '../scanner/scan';
import { clearHighlights, paintHighlights } from './highlights';
import { countByCompany, MentionIndex } from './mention-index';
import { createSlicer, StoppedError, type Slicer } from './slicer';

const FLUSH_DELAY_MS = 250;
const SLICE_BUDGET_MS = 8;

export class PageSession {
  readonly index = new MentionIndex();
  private readonly matches: PageMatches;
  private mentions: Mention[] = [];
  private queue: MutationRecord[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private observer: MutationObserver | undefined;
  private readonly slicer: Slicer;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly doc: Document,
    private readonly dictionary: Dictionary,
    private readonly stopped: () => boolean,
  ) {
    this.matches = new PageMatches(dictionary.matcher);
    this.slicer = createSlicer(SLICE_BUDGET_MS, stopped);
  }

  start(): Promise<void> {
    const root = this.doc.body ?? this.doc.documentElement;
    this.running = this.guard(async () => {
      await this.matches.scan(root, this.slicer.pause);
      this.publish();
      this.observer = new MutationObserver((records) => this.enqueue(records));
      this.observer.observe(root, { childList: true, characterData: true, subtree: true });
    });
    return this.running;
  }

  stop(): void {
    this.observer?.disconnect();
    clearTimeout(this.flushTimer);
    this.queue = [];
    clearHighlights();
  }

  pageMentions(): PageMentions {
    const counts = countByCompany(this.mentions);
    return {
      companies: [...counts]
        .map(([companyId, count]) => ({ companyId, name: this.dictionary.nameOf(companyId), count }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    };
  }

  /** Resolves once the scan and any queued rescans are done (for tests and the popup). */
  settled(): Promise<void> {
    return this.running;
  }

  get longestSliceMs(): number {
    return this.slicer.longestSliceMs();
  }

  private enqueue(records: MutationRecord[]): void {
    for (const record of records) this.queue.push(record);
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = undefined;
      this.running = this.running.then(() => this.guard(() => this.flush()));
    }, FLUSH_DELAY_MS);
  }

  private async flush(): Promise<void> {
    const records = this.queue;
    this.queue = [];
    const seen = new Set<Node>();
    for (const record of records) {
      const targets = record.type === 'characterData' ? [record.target] : [...record.addedNodes];
      for (const node of targets) {
        if (seen.has(node) || !node.isConnected) continue;
        seen.add(node);
        await this.matches.scan(node, this.slicer.pause);
      }
    }
    this.matches.prune();
    this.publish();
  }

  private publish(): void {
    this.mentions = this.matches.resolve(this.dictionary.pageContext(this.doc.location?.hostname ?? ''));
    this.index.replace(this.mentions);
    paintHighlights(this.mentions);
  }

  private async guard(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof StoppedError)) throw error;
    }
  }
}
