/** The store cannot be reached or did not answer in time. */
export class StoreUnavailableError extends Error {
  constructor(message = 'store: unavailable', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** The store is out of memory: nothing new can be stored until space frees up. */
export class StoreFullError extends Error {
  constructor(message = 'store: full', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreFullError';
  }
}
