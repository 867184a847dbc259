import { CreateForm } from '@/components/create/create-form';
import { CreateIntro } from '@/components/create/create-intro';
import { DEFAULT_MAX_FILE_BYTES } from '@/lib/protocol/wire';

export default function HomePage() {
  return (
    <>
      <CreateIntro />
      <CreateForm maxFileBytes={DEFAULT_MAX_FILE_BYTES} />
    </>
  );
}
