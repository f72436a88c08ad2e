import { i18n } from '#i18n';
import { sourceLabel } from './format';

/** Every fact's sources, as plain links that say where they lead. */
export function SourceLinks({ urls }: { urls: readonly string[] }) {
  return (
    <span class="sources">
      {urls.map((url, i) => (
        <a key={url} href={url} target="_blank" rel="noopener noreferrer" title={url}>
          {i === 0 ? `${i18n.t('source')}: ` : ''}
          {sourceLabel(url)}
        </a>
      ))}
    </span>
  );
}
