import type { LinkVerdict } from '@core';
import { MAX_LINKS_PER_VERDICT_REQUEST } from '@core/scam/verdict-request-limit';
import { askBackground } from './content-client';
import { SLICE_BUDGET_MS, whenIdle } from './idle-slices';

/** Links per verdict request: as many as the background takes, so a long page costs few messages. */
const BATCH = MAX_LINKS_PER_VERDICT_REQUEST;

const ABSOLUTE_WEB_ADDRESS = /^https?:\/\//i;
const MAX_ADDRESS_LENGTH = 4096;

/** The part of an address a verdict depends on (the query and fragment never change it); null if not http(s). */
export function verdictKey(anchor: HTMLAnchorElement): string | null {
  // An absolute address is taken as written (the background parses it as the browser does): `anchor.href`
  // parses and serialises the address on every read, which on 10,000 links is most of the scan.
  const written = anchor.getAttribute('href') ?? '';
  const href = ABSOLUTE_WEB_ADDRESS.test(written) ? written : anchor.href;
  if (!ABSOLUTE_WEB_ADDRESS.test(href)) return null;
  const cut = href.search(/[?#]/);
  // The background takes addresses up to 4,096 characters: one longer link must not spoil its whole batch.
  return (cut === -1 ? href : href.slice(0, cut)).slice(0, MAX_ADDRESS_LENGTH);
}

/** What a link the background did not flag reads as. */
const FINE: LinkVerdict = { verdict: 'unknown', reasons: [], trusted: false };

/** Addresses gathered for one request, and the promise of its answer. */
interface Batch {
  keys: string[];
  arrived: Promise<(LinkVerdict | null)[]>;
  settle: (verdicts: (LinkVerdict | null)[]) => void;
}

function newBatch(): Batch {
  let settle!: Batch['settle'];
  const arrived = new Promise<(LinkVerdict | null)[]>((resolve) => (settle = resolve));
  return { keys: [], arrived, settle };
}

/**
 * Collects the page's links in idle-time slices and asks the background for their verdicts in batches; the
 * classifier and its lists live there, not in every page. Each address is asked about once per page.
 */
export class LinkScanner {
  private readonly queue: HTMLAnchorElement[] = [];
  private readonly verdicts = new Map<string, LinkVerdict>();
  /** Addresses asked about, with the links waiting for the answer. */
  private readonly waiting = new Map<string, { anchors: HTMLAnchorElement[]; answer: Promise<LinkVerdict | null> }>();
  /** Addresses the background found nothing wrong with (most of them): no verdict object kept. */
  private readonly fine = new Set<string>();
  private batch: Batch | null = null;
  private scheduled = false;
  private inFlight = 0;

  constructor(
    private readonly onVerdict: (anchors: HTMLAnchorElement[], verdict: LinkVerdict) => void,
    /** Every link seen so far has its verdict: nothing queued, nothing asked and unanswered. */
    private readonly onSettled: () => void,
  ) {}

  /** The verdict if it has arrived already: a flagged one, FINE, or undefined while unknown. */
  known(key: string): LinkVerdict | undefined {
    return this.verdicts.get(key) ?? (this.fine.has(key) ? FINE : undefined);
  }

  /** The verdict for one address, asked at once (a click on a link the scan has not reached yet). */
  verdictFor(key: string): Promise<LinkVerdict | null> {
    const known = this.known(key);
    if (known) return Promise.resolve(known);
    const answer = this.ask(key, null);
    this.send();
    return answer;
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

  private schedule(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    whenIdle(() => this.runSlice());
  }

  private runSlice(): void {
    this.scheduled = false;
    const deadline = performance.now() + SLICE_BUDGET_MS;
    let processed = 0;
    while (this.queue.length > 0) {
      // Check the clock every 8 links: performance.now() itself is not free.
      if ((processed & 7) === 7 && performance.now() >= deadline) break;
      const anchor = this.queue.pop()!;
      processed++;
      if (!anchor.isConnected) continue;
      const key = verdictKey(anchor);
      if (key === null || this.fine.has(key)) continue;
      const known = this.verdicts.get(key);
      if (known) this.onVerdict([anchor], known);
      else this.ask(key, anchor);
    }
    this.send();
    this.schedule();
    // Everything this slice saw already had its verdict.
    if (this.queue.length === 0 && this.inFlight === 0) this.onSettled();
  }

  private ask(key: string, anchor: HTMLAnchorElement | null): Promise<LinkVerdict | null> {
    const pending = this.waiting.get(key);
    if (pending) {
      if (anchor) pending.anchors.push(anchor);
      return pending.answer;
    }
    const batch = (this.batch ??= newBatch());
    const index = batch.keys.push(key) - 1;
    const answer = batch.arrived.then((verdicts) => verdicts[index] ?? null);
    this.waiting.set(key, { anchors: anchor ? [anchor] : [], answer });
    if (batch.keys.length >= BATCH) this.send();
    return answer;
  }

  private send(): void {
    const batch = this.batch;
    if (!batch) return;
    this.batch = null;
    this.inFlight++;
    void askBackground({ type: 'scam/verdicts', urls: batch.keys }).then((answer) => {
      // The answer lists only the flagged links, by index: on most pages that is none of them.
      const verdicts: (LinkVerdict | null)[] = batch.keys.map(() => (answer?.ok ? FINE : null));
      if (answer?.ok) for (const [index, verdict] of answer.flagged) if (index < verdicts.length) verdicts[index] = verdict;
      batch.keys.forEach((key, i) => {
        const verdict = verdicts[i];
        const pending = this.waiting.get(key);
        this.waiting.delete(key);
        if (!verdict) return;
        if (verdict === FINE) return void this.fine.add(key);
        this.verdicts.set(key, verdict);
        if (pending && pending.anchors.length > 0) this.onVerdict(pending.anchors, verdict);
      });
      batch.settle(verdicts);
      this.inFlight--;
      if (this.inFlight === 0 && !this.batch && this.queue.length === 0) this.onSettled();
    });
  }
}
