import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TokenSettings } from '@/components/settings/token-settings';
import { getConfig } from '@/lib/config';

export const metadata: Metadata = { title: 'Handoff: API tokens' };

export default function SettingsPage() {
  const { mode } = getConfig().auth;
  if (mode === 'none') notFound();
  return <TokenSettings mode={mode} />;
}
