// Component tests render with Backstory's real English words: the browser's i18n API is
// given the messages WXT builds from locales/en.yml (the same function its build uses), and
// `#i18n` is WXT's own generated module (vitest.config.ts).
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

const messages = generateChromeMessages(
  await parseMessagesFile(resolve(import.meta.dirname, '../../locales/en.yml')),
);

function getMessage(key: string, substitutions?: string | string[]): string {
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const entry = (messages as Record<string, { message: string } | undefined>)[key];
  if (key === '@@bidi_dir') return 'ltr';
  return entry ? entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '') : '';
}

(globalThis as { chrome?: unknown }).chrome = { i18n: { getMessage } };
