/**
 * One article's run: its cleaned source and sentences, everything the stages cache while reading it, and
 * a debug log (after chrono's ParsingContext). index.ts makes one per article and drops it with the
 * record; no stage keeps state of its own, so nothing has to be reset between articles.
 */
import type { Sentence, Source } from './text.ts';

/** What a stage wrote down about the run: a failure (with its error) or a remark. */
export interface DebugNote {
  stage: string;
  message: string;
  error?: unknown;
}

/** A kind of value cached per article: its name (for the log) and how it is computed from its key. */
export interface Memo<K, V> {
  readonly name: string;
  readonly compute: (key: K, context: ArticleContext | undefined) => V;
}

/**
 * Declares a cache slot once, at module level; its values live in each article's context.
 * @example const TOKENS = memo('tokens', (text: string) => tokenizeAnew(text));
 */
export function memo<K, V>(
  name: string,
  compute: (key: K, context: ArticleContext | undefined) => V,
): Memo<K, V> {
  return { name, compute };
}

/**
 * The value of `slot` for `key` in this article, computed once; without a context (a unit test reading one
 * sentence) it is computed afresh.
 */
export function recall<K, V>(context: ArticleContext | undefined, slot: Memo<K, V>, key: K): V {
  return context ? context.recall(slot, key) : slot.compute(key, undefined);
}

export class ArticleContext implements Source {
  readonly title: string;
  readonly text: string;
  readonly url: string | null;
  readonly sentences: Sentence[];
  readonly debug: DebugNote[] = [];
  readonly #memos = new Map<Memo<never, unknown>, Map<unknown, unknown>>();

  constructor(source: Source) {
    this.title = source.title;
    this.text = source.text;
    this.url = source.url;
    this.sentences = source.sentences;
  }

  /** The value of `slot` for `key`, computed on first use and kept for the rest of the article. */
  recall<K, V>(slot: Memo<K, V>, key: K): V {
    let values = this.#memos.get(slot as Memo<never, unknown>);
    if (!values) this.#memos.set(slot as Memo<never, unknown>, (values = new Map()));
    if (values.has(key)) return values.get(key) as V;
    const value = slot.compute(key, this);
    values.set(key, value);
    return value;
  }

  /** Writes a remark into the debug log. */
  note(stage: string, message: string): void {
    this.debug.push({ stage, message });
  }

  /**
   * Runs one stage; a stage that throws on an odd input is logged with its error and yields `fallback`,
   * so the record keeps what the other stages read.
   */
  attempt<T>(stage: string, run: () => T, fallback: T): T {
    try {
      return run();
    } catch (error) {
      this.debug.push({ stage, message: `threw: ${String(error)}`, error });
      return fallback;
    }
  }

  /** The stages that threw while reading this article. */
  get failures(): DebugNote[] {
    return this.debug.filter((note) => note.error !== undefined);
  }
}
