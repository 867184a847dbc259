import type { Metadata } from 'next';
import { NotFoundView } from '@/components/site/not-found-view';

export const metadata: Metadata = { title: 'Handoff: page not found' };

export default function NotFound() {
  return <NotFoundView />;
}
