'use client';

import { useSyncExternalStore, type ReactNode } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Card } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';
import { Notice } from '@/components/ui/notice';

/** Where the CLI bundle is served (lib/api/cli-bundle.ts). */
const BUNDLE_PATH = '/cli/handoff.mjs';

const noSubscription = () => () => undefined;

/**
 * The origin the reader's browser reached: the one their terminal should reach too.
 * The server renders its own guess (from the request), which hydration replaces.
 */
function useOrigin(serverOrigin: string): string {
  return useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => serverOrigin,
  );
}

function Code({ children }: { children: ReactNode }) {
  return (
    <code dir="ltr" className="rounded bg-slate-100 px-1 font-mono text-[0.9em] dark:bg-slate-800">
      {children}
    </code>
  );
}

function CommandBlock({ label, command, copyLabel }: { label: string; command: string; copyLabel?: string }) {
  return (
    <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-start">
      <pre
        dir="ltr"
        aria-label={label}
        className="min-w-0 flex-1 overflow-x-auto rounded-lg bg-slate-100 px-3 py-2 font-mono text-sm whitespace-pre-wrap break-all dark:bg-slate-800"
      >
        {command}
      </pre>
      {copyLabel && <CopyButton text={command} label={copyLabel} />}
    </div>
  );
}

/**
 * How to get and check the command-line tool that this instance serves, for
 * people who received a link. `sha256` is the hash of the bundle the server
 * hands out now (null when it was not built).
 */
export function CliInstructions({ sha256, serverOrigin }: { sha256: string | null; serverOrigin: string }) {
  const { t } = useI18n();
  const origin = useOrigin(serverOrigin);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t.cli.title}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t.cli.intro}</p>
      {sha256 === null ? (
        <div className="mt-6">
          <Notice tone="warning">{t.cli.notBuilt}</Notice>
        </div>
      ) : (
        <>
          <Card>
            <h2 className="text-lg font-semibold">{t.cli.openHeading}</h2>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t.cli.openHelp}</p>
            <CommandBlock
              label={t.cli.command}
              command={`curl -fsSLO ${origin}${BUNDLE_PATH} && node handoff.mjs open LINK`}
              copyLabel={t.cli.copyCommand}
            />
            <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
              {t.cli.historyHint(<Code key="dash">-</Code>)}
            </p>
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
              {t.cli.moreHelp(<Code key="help">node handoff.mjs --help</Code>)}
            </p>
          </Card>
          <Card>
            <h2 className="text-lg font-semibold">{t.cli.checkHeading}</h2>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t.cli.checkHelp}</p>
            <p className="mt-3">
              <code
                dir="ltr"
                aria-label={t.cli.hashLabel}
                data-testid="cli-sha256"
                className="block rounded-lg bg-slate-100 px-3 py-2 font-mono text-sm break-all dark:bg-slate-800"
              >
                {sha256}
              </code>
            </p>
            <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">{t.cli.checkHow}</p>
            <CommandBlock label={t.cli.command} command={`echo '${sha256}  handoff.mjs' | sha256sum -c`} />
            <CommandBlock label={t.cli.command} command={`echo '${sha256}  handoff.mjs' | shasum -a 256 -c`} />
            <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
              {t.cli.checkWindows(<Code key="windows">Get-FileHash handoff.mjs</Code>)}
            </p>
            <div className="mt-4">
              <Notice>{t.cli.honest}</Notice>
            </div>
          </Card>
        </>
      )}
    </>
  );
}
