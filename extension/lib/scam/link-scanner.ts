import { classifyUrl, isFlagged, type ClassifyLists, type LinkFinding, type UrlClassification } from '../../../core';
import { SLICE_BUDGET_MS, whenIdle } from './idle-slices';

/** How much main-thread time scanning has taken, for the benchmark and for honest numbers in the README. */
export interface ScanStats {
  /** performance.now() when scanning began, to tell our long tasks from the page's own. */
  startedAt: number;
  links: number;
  flagged: number;
  busyMs: number;
  slices: number;
  longestSliceMs: number;
}

/**
 * Classifies the links on a page in small idle-time slices, so even 10,000 links never block the page
 * for long. Each distinct address is classified once.
 */
export class LinkScanner {
  private readonly queue: HTMLAnchorElement[] = [];
  private readonly verdicts = new Map<string, UrlClassification>();
  private readonly scanned = new WeakMap<HTMLAnchorElement, string>();
  readonly findings = new Map<string, LinkFinding>();
  readonly stats: ScanStats = { startedAt: performance.now(), links: 0, flagged: 0, busyMs: 0, slices: 0, longestSliceMs: 0 };
  private scheduled = false;

  constructor(
    private readonly lists: () => ClassifyLists,
    private readonly onFlagged: (anchor: HTMLAnchorElement, classification: UrlClassification) => void,
    private readonly onDrained: () => void,
  ) {}

  /** The verdict for an address, from the cache when this page has seen it before. */
  classify(href: string): UrlClassification {
    let result = this.verdicts.get(href);
    if (!result) {
      result = classifyUrl(href, this.lists());
      this.verdicts.set(href, result);
    }
    return result;
  }

  /** Queues every link in `root` (or `root` itself); cheap, the work happens later in slices. */
  enqueue(root: Node): void {
    if (root instanceof HTMLAnchorElement) this.queue.push(root);
    else if (root instanceof Element || root instanceof Document || root instanceof DocumentFragment) {
      const anchors = root.querySelectorAll<HTMLAnchorElement>('a[href]');
      for (let i = 0; i < anchors.length; i++) this.queue.push(anchors[i]!);
    }
    this.schedule();
  }

  /** Forgets cached verdicts, e.g. after the lists changed, and rescans the page. */
  reset(root: Node): void {
    this.verdicts.clear();
    this.enqueue(root);
  }

  private schedule(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    whenIdle(() => this.runSlice());
  }

  private runSlice(): void {
    this.scheduled = false;
    const start = performance.now();
    const deadline = start + SLICE_BUDGET_MS;
    let processed = 0;
    while (this.queue.length > 0) {
      // Check the clock every 4 links: performance.now() itself is not free.
      if ((processed & 3) === 3 && performance.now() >= deadline) break;
      this.scanOne(this.queue.pop()!);
      processed++;
    }
    const took = performance.now() - start;
    this.stats.busyMs += took;
    this.stats.slices++;
    this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, took);
    if (this.queue.length > 0) this.schedule();
    else this.onDrained();
  }

  private scanOne(anchor: HTMLAnchorElement): void {
    const href = anchor.href;
    if (!anchor.isConnected || this.scanned.get(anchor) === href) return;
    this.scanned.set(anchor, href);
    this.stats.links++;
    const classification = this.classify(href);
    if (!isFlagged(classification.verdict)) return;
    this.stats.flagged++;
    this.findings.set(href, { url: href, verdict: classification.verdict, reasons: classification.reasons });
    this.onFlagged(anchor, classification);
  }
}
