import type { Metadata } from 'next';
import { RevealView } from '@/components/reveal/reveal-view';

// Generic on purpose: link previews in chat apps must show nothing about the secret.
export const metadata: Metadata = {
  title: 'Handoff: a secret was shared with you',
  description: 'Open this link to view a secret shared with you through Handoff.',
  openGraph: { title: 'Handoff', description: 'A secret was shared with you.' },
};

export default function RevealPage() {
  return <RevealView />;
}
