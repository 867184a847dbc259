export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 py-4 text-sm text-slate-500 dark:border-slate-800 dark:text-slate-400">
      The key to every secret stays in the link after the #, which browsers never send to a server. The server holds
      only ciphertext, and deletes it after the last permitted view.
    </footer>
  );
}
