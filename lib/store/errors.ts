/*
 * Store errors are recognised by name, not instanceof: Next bundles the
 * instrumentation hook and each route separately, so the store created at
 * startup may throw a class from another copy of this module.
 */

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

export function isStoreUnavailable(error: unknown): boolean {
  return error instanceof Error && error.name === 'StoreUnavailableError';
}

export function isStoreFull(error: unknown): boolean {
  return error instanceof Error && error.name === 'StoreFullError';
}
