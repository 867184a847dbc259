import { CreateGate } from '@/components/auth/create-gate';
import { CreateForm } from '@/components/create/create-form';
import { CreateIntro } from '@/components/create/create-intro';
import { getConfig } from '@/lib/config';

export default function HomePage() {
  const { files, auth } = getConfig();
  const form = (
    <div data-layout="wide">
      <CreateIntro />
      <CreateForm maxFileBytes={files.maxFileBytes} />
    </div>
  );
  // With sign-in on (HANDOFF_AUTH proxy or oidc), only a signed-in user gets the form.
  return auth.mode === 'none' ? form : <CreateGate mode={auth.mode}>{form}</CreateGate>;
}
