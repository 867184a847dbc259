import { CreateForm } from '@/components/create/create-form';
import { CreateIntro } from '@/components/create/create-intro';

export default function HomePage() {
  return (
    <>
      <CreateIntro />
      <CreateForm />
    </>
  );
}
