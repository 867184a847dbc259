import type { Metadata } from 'next';
import { OwnerView } from '@/components/request/owner-view';

// Generic on purpose: nothing about the request in titles or link previews.
export const metadata: Metadata = {
  title: 'Handoff: your secret request',
  description: 'See whether your secret request was answered, and open the answer.',
  openGraph: { title: 'Handoff', description: 'Your secret request.' },
};

export default function OwnerPage() {
  return <OwnerView />;
}
