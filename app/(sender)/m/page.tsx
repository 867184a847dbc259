import type { Metadata } from 'next';
import { ManageView } from '@/components/manage/manage-view';

// Generic on purpose: nothing about the secret in titles or link previews.
export const metadata: Metadata = {
  title: 'Handoff: manage a shared secret',
  description: 'See whether a secret you shared was opened, and revoke it.',
  openGraph: { title: 'Handoff', description: 'Manage a shared secret.' },
};

export default function ManagePage() {
  return <ManageView />;
}
