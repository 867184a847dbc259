import type { Metadata } from 'next';
import { NotFoundView } from '@/components/site/not-found-view';
import { SENDER_CATALOGUES } from '@/lib/i18n';
import { requestLocale } from './request-locale';

export const metadata: Metadata = { title: 'Handoff: page not found' };

// A server component: every page would otherwise download the 404 view as the root's not-found boundary.
export default async function NotFound() {
  const { pages } = await SENDER_CATALOGUES[await requestLocale()]();
  return <NotFoundView strings={{ pages }} />;
}
