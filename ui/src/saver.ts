// Autosave: every change is sent as it happens, one at a time and in order, so the store
// receives edits exactly as they were made. Typing is gathered for a moment per field (a
// keystroke is not worth a durable write of its own); leaving the field, switching screens,
// hiding or locking sends it at once.

/** What the save indicator shows. */
export type SaveStatus = "idle" | "saving" | "saved" | "error";

interface Pending<E> {
  key: string;
  edit: E;
  timer: ReturnType<typeof setTimeout> | null;
}

/** Sends edits through `send`, reporting status and per-field errors. */
export class Saver<E, R> {
  private pending = new Map<string, Pending<E>>();
  private chain: Promise<void> = Promise.resolve();
  private inFlight = 0;
  private failed = false;
  status: SaveStatus = "idle";

  constructor(
    private readonly send: (edit: E) => Promise<R>,
    private readonly hooks: {
      onSaved: (key: string, result: R) => void;
      onError: (key: string, error: unknown) => void;
      onStatus: (status: SaveStatus) => void;
    },
    private readonly delayMs = 400,
  ) {}

  /** Saves `edit` for field `key` after a short pause; a newer edit of the same field replaces it. */
  later(key: string, edit: E): void {
    const old = this.pending.get(key);
    if (old?.timer) clearTimeout(old.timer);
    const entry: Pending<E> = { key, edit, timer: null };
    entry.timer = setTimeout(() => this.dispatch(entry), this.delayMs);
    this.pending.set(key, entry);
    this.setStatus("saving");
  }

  /** Saves `edit` now (after anything already waiting for the same field). */
  now(key: string, edit: E): Promise<void> {
    const old = this.pending.get(key);
    if (old?.timer) clearTimeout(old.timer);
    this.pending.delete(key);
    return this.enqueue(key, edit);
  }

  /** Sends everything that is waiting and resolves when all of it is durable (or failed). */
  async flush(): Promise<void> {
    for (const entry of [...this.pending.values()]) {
      if (entry.timer) clearTimeout(entry.timer);
      this.dispatch(entry);
    }
    await this.chain;
  }

  /** True while anything is waiting or being written. */
  get busy(): boolean {
    return this.pending.size > 0 || this.inFlight > 0;
  }

  private dispatch(entry: Pending<E>): void {
    if (this.pending.get(entry.key) !== entry) return;
    this.pending.delete(entry.key);
    void this.enqueue(entry.key, entry.edit);
  }

  private enqueue(key: string, edit: E): Promise<void> {
    this.inFlight += 1;
    this.setStatus("saving");
    this.chain = this.chain.then(async () => {
      try {
        const result = await this.send(edit);
        this.hooks.onSaved(key, result);
      } catch (error) {
        this.failed = true;
        this.hooks.onError(key, error);
      } finally {
        this.inFlight -= 1;
        if (!this.busy) {
          this.setStatus(this.failed ? "error" : "saved");
          this.failed = false;
        }
      }
    });
    return this.chain;
  }

  private setStatus(status: SaveStatus): void {
    if (this.status !== status) {
      this.status = status;
      this.hooks.onStatus(status);
    }
  }
}
