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

/**
 * The store is nearly full (HANDOFF_UPLOAD_MEMORY_RATIO of its memory): file
 * uploads are refused, so the room left stays for text secrets.
 */
export class StoreUploadsPausedError extends Error {
  constructor(message = 'store: uploads paused', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUploadsPausedError';
  }
}

/**
 * The command was sent but no answer came back (connection lost, timeout):
 * it may or may not have run. A claim in this state may have burned a view
 * that nobody received, so the API says exactly that instead of "try again".
 */
export class StoreOutcomeUnknownError extends Error {
  constructor(message = 'store: outcome unknown', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreOutcomeUnknownError';
  }
}

export function isStoreOutcomeUnknown(error: unknown): boolean {
  return error instanceof Error && error.name === 'StoreOutcomeUnknownError';
}

export function isStoreUnavailable(error: unknown): boolean {
  return error instanceof Error && error.name === 'StoreUnavailableError';
}

export function isStoreFull(error: unknown): boolean {
  return error instanceof Error && error.name === 'StoreFullError';
}

export function isStoreUploadsPaused(error: unknown): boolean {
  return error instanceof Error && error.name === 'StoreUploadsPausedError';
}
