import { CreateForm } from '@/components/create/create-form';

export default function HomePage() {
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Share a secret once</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        Your browser encrypts it before anything is sent. The link opens it a set number of times, then it is gone for
        good.
      </p>
      <CreateForm />
    </>
  );
}
