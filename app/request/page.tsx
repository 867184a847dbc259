import type { Metadata } from 'next';
import { RequestForm } from '@/components/request/request-form';
import { RequestIntro } from '@/components/request/request-intro';

export const metadata: Metadata = { title: 'Handoff: request a secret' };

export default function RequestPage() {
  return (
    <>
      <RequestIntro />
      <RequestForm />
    </>
  );
}
