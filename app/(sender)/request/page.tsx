import type { Metadata } from 'next';
import { CreateGate } from '@/components/auth/create-gate';
import { RequestForm } from '@/components/request/request-form';
import { RequestIntro } from '@/components/request/request-intro';
import { getConfig } from '@/lib/config';

export const metadata: Metadata = { title: 'Handoff: request a secret' };

export default function RequestPage() {
  const { auth } = getConfig();
  const form = (
    <>
      <RequestIntro />
      <RequestForm />
    </>
  );
  // Creating a request needs sign-in like creating a secret (answering one never does).
  return auth.mode === 'none' ? form : <CreateGate mode={auth.mode}>{form}</CreateGate>;
}
