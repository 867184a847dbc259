'use client';

import { lazy } from 'react';
import { prepareFiles } from '@/lib/client/reveal';

/*
 * The revealed files' view and the file half of the reveal flow, loaded only
 * for a secret with files: a text secret's page never downloads them.
 */

const loadView = () => import('./revealed-files');

/** The files' view; rendered under Suspense. */
export const LazyRevealedFiles = lazy(() => loadView().then((module) => ({ default: module.RevealedFiles })));

/**
 * Starts loading the file code as soon as the peek reports files, so that the
 * reveal never waits for it. Awaiting it again is free once it has loaded.
 * @throws when the code could not be fetched (a network failure)
 */
export async function prepareFileView(): Promise<void> {
  await Promise.all([loadView(), prepareFiles()]);
}
