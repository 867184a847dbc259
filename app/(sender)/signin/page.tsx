import type { Metadata } from 'next';
import { SignInView, type SignInError } from '@/components/auth/sign-in-view';

export const metadata: Metadata = { title: 'Handoff: sign in' };

const ERRORS: readonly string[] = ['provider', 'denied', 'failed'];

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  const { error } = await searchParams;
  const known = typeof error === 'string' && ERRORS.includes(error) ? (error as SignInError) : null;
  return <SignInView error={known} />;
}
