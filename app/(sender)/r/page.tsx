import type { Metadata } from 'next';
import { AnswerView } from '@/components/request/answer-view';
import { getConfig } from '@/lib/config';

// Generic on purpose: link previews in chat apps must show nothing about the request.
export const metadata: Metadata = {
  title: 'Handoff: someone asks you for a secret',
  description: 'Open this link to answer a secret request through Handoff.',
  openGraph: { title: 'Handoff', description: 'Someone asks you for a secret.' },
};

export default function AnswerPage() {
  return <AnswerView maxFileBytes={getConfig().files.maxFileBytes} />;
}
