import 'server-only';

/*
 * Side channels between the node:http adapter and the handlers, so the hot
 * path skips Web streams while the handlers keep their contract (a Web
 * Request in, a Response out) and behave identically under Next:
 *  - the adapter reads a request body itself (with the same cap) and files
 *    it here under the Request it built; readJsonBody takes it from here;
 *  - jsonResponse files the JSON text of each Response here (binaryResponse
 *    its bytes), so the adapter writes it without draining the Response's stream.
 * WeakMaps: an entry lives exactly as long as its Request or Response.
 */

export type PreloadedBody = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'too-large' };

export const preloadedBodies = new WeakMap<Request, PreloadedBody>();
export const responseTexts = new WeakMap<Response, string>();
export const responseBytes = new WeakMap<Response, Uint8Array>();
