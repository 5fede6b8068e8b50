/**
 * The page's side of the proofing worker: one worker per page, started on first use, fed the archive's words
 * and the settings; fields subscribe to their findings.
 */
import type { MidadApi } from '../../core/api/contract';
import type { Settings } from '../../core/settings/schema';
import type { Finding } from '../../core/proofing/types';
import type { FromWorker, ToWorker } from './protocol';

type Listener = (byKey: Record<string, Finding[]>) => void;

export class ProofingClient {
  private readonly worker: Worker;
  private readonly listeners = new Map<string, Listener>();
  private readonly pending = new Map<number, (s: string[]) => void>();
  private nextId = 1;
  /** Worker time of the last check and how many paragraphs it looked at (the bench reads it). */
  last = { checked: 0, checkedMs: 0 };

  constructor() {
    this.worker = new Worker(new URL('./proofing.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
  }

  private send(message: ToWorker) {
    this.worker.postMessage(message);
  }

  private receive(message: FromWorker) {
    if (message.type === 'findings') {
      this.last = { checked: message.checked, checkedMs: message.checkedMs };
      this.listeners.get(message.field)?.(message.byKey);
    } else if (message.type === 'suggestions') {
      this.pending.get(message.id)?.(message.suggestions);
      this.pending.delete(message.id);
    } else if (message.type === 'failed') {
      // Proofing is a help, not a gate: the editor works on without it.
      console.warn(`proofing unavailable: ${message.message}`);
    }
  }

  async configure(api: MidadApi, settings: Settings) {
    const words = await api['proofing.words']({});
    this.send({
      type: 'configure',
      settings: settings.proofing,
      digits: settings.digits,
      accepted: [...words.frequent, ...words.added],
      ignored: words.ignored,
    });
  }

  subscribe(field: string, listener: Listener): () => void {
    this.listeners.set(field, listener);
    return () => this.listeners.delete(field);
  }

  check(field: string, paragraphs: Array<{ key: string; text: string }>) {
    this.send({ type: 'check', field, paragraphs });
  }

  suggest(word: string): Promise<string[]> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ type: 'suggest', id, word });
    });
  }
}

let client: ProofingClient | null = null;

export function proofingClient(): ProofingClient {
  client ??= new ProofingClient();
  return client;
}
