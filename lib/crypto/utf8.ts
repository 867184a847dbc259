const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes well-formed UTF-8 only (docs/protocol.md §Payload: decoding is fatal on errors).
 * @param what - names the field in the error
 * @throws `payload: <what> is not valid UTF-8`
 */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    throw new Error(`payload: ${what} is not valid UTF-8`);
  }
}
