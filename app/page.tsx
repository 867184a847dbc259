import { CreateForm } from '@/components/create/create-form';
import { CreateIntro } from '@/components/create/create-intro';
import { getConfig } from '@/lib/config';

export default function HomePage() {
  return (
    <div data-layout="wide">
      <CreateIntro />
      <CreateForm maxFileBytes={getConfig().files.maxFileBytes} />
    </div>
  );
}
