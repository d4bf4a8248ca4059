/**
 * A Map that holds at most `max` keys: a new key past that empties it first. For the per-process
 * memos of pure stage code (bylines, dates, word classes), where the same few thousand keys come back
 * story after story and a stream of new ones must not grow without bound; emptying beats LRU
 * bookkeeping on a hot path.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  readonly max: number;
  constructor(max: number) {
    super();
    this.max = max;
  }
  override set(key: K, value: V): this {
    if (this.size >= this.max && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}
