import { answerWebRequest } from '@/lib/api/next-host';

/*
 * Every path under /api, for every method, under `next dev`: one route that
 * answers from the same table as `npm start` (lib/api/router.ts). Under
 * `npm start` the node:http adapter in server.mjs answers /api/* before Next
 * sees it.
 */

export const dynamic = 'force-dynamic';

export const GET = answerWebRequest;
export const HEAD = answerWebRequest;
export const POST = answerWebRequest;
export const PUT = answerWebRequest;
export const PATCH = answerWebRequest;
export const DELETE = answerWebRequest;
export const OPTIONS = answerWebRequest;
