/**
 * @deprecated Transition alias of ./v1 (the frozen v1 byte layout) while
 * parallel work still imports this path; import '../protocol/v1' instead.
 * The sender's choices (lifetimes, views) are no longer here: see lib/policy.
 */
export * from './v1';
