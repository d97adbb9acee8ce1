import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GuideData } from '../../data/guide-types.js';
import { hashWithMethod, methodFromHash } from '../../lib/method-hash.js';

/**
 * Dispatched on the methods element (not bubbling, not crossing its shadow root) when the URL hash selects a
 * method: a guide that renders the element listens for it. The page hears nothing: it did not choose.
 */
export const HASH_METHOD = 'az-hash-method';

/** What the controller needs of its methods element. */
export interface HashHost extends ReactiveControllerHost {
  method?: string;
}

/**
 * The methods element's `sync-hash`: starts from the method named in the URL fragment
 * (`az-method=<id>`, among anything else the page keeps there), follows it when it changes, and
 * writes the user's choice back with `history.replaceState`. A chunk of its own: only pages that
 * use `sync-hash` download it.
 */
export class HashSync implements ReactiveController {
  readonly #host: HashHost;
  /**
   * The element's content; null before it arrives (any id is kept then: the element checks it once
   * the content is there); false while the element may not use the URL yet (before hydration: the
   * selected tab must stay the server's).
   */
  readonly #content: () => GuideData | null | false;

  constructor(host: HashHost, content: () => GuideData | null | false) {
    this.#host = host;
    this.#content = content;
    host.addController(this);
  }

  /** Whether the fragment has been read once the element could (server-rendered markup waits for hydration). */
  #started = false;

  hostConnected(): void {
    this.read();
    addEventListener('hashchange', this.read);
  }

  hostUpdate(): void {
    if (!this.#started) this.read();
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.read);
  }

  /**
   * Selects the method the fragment names, once the content is there to check it: one the content does not have is
   * someone else's link, ignored silently. A guide around the element hears of it (`HASH_METHOD`), so that its
   * `method` names the method shown.
   */
  readonly read = (): void => {
    const content = this.#content();
    if (!content) return;
    this.#started = true;
    const fromHash = methodFromHash(location.hash);
    if (fromHash && content.methods.items.some((method) => method.id === fromHash)) {
      this.#host.method = fromHash;
      (this.#host as unknown as EventTarget).dispatchEvent(
        new CustomEvent(HASH_METHOD, { detail: { method: fromHash } }),
      );
    }
  };

  /** Names `method` in the fragment, keeping the rest of it, without a new history entry. */
  write(method: string): void {
    history.replaceState(history.state, '', hashWithMethod(location.hash, method));
  }
}
