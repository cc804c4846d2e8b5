/** A value a store keeps under one key (anything JSON can carry). */
export type StoreValue = unknown;

/**
 * One plugin key/value store (`RTKStore`), shared by everyone in the meeting. `set` / `delete`
 * resolve when sent (meeting-api §21: a refusal brings no event); others' changes reach
 * `subscribe` listeners, for one key or `'*'` (every key).
 */
export interface Store {
  readonly name: string;
  get(key: string): StoreValue;
  getAll(): Record<string, StoreValue>;
  set(key: string, value: StoreValue, sync?: boolean, emit?: boolean): Promise<void>;
  update?(key: string, value: StoreValue, sync?: boolean): Promise<void>;
  delete(key: string, sync?: boolean, emit?: boolean): Promise<void>;
  bulkSet?(data: Array<{ key: string; payload: StoreValue }>): Promise<void>;
  bulkDelete?(data: Array<{ key: string }>): Promise<void>;
  clear?(): void;
  subscribe(key: string, listener: (value: StoreValue) => unknown): void;
  unsubscribe(key: string, listener?: (value: StoreValue) => unknown): void;
}

/** `meeting.stores`: the plugin key/value stores of the meeting, created by name. */
export interface StoreManager {
  /** The stores created so far, by name. */
  readonly stores: { get(name: string): Store | undefined; has(name: string): boolean };
  /** The store of that name, created (or joined) on the server. */
  create(name: string): Promise<Store>;
  /** The store of that name with its data fetched again. */
  refresh?(name: string): Promise<Store>;
}
