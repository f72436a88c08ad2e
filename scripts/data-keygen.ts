// npm run data:keygen -- --out FILE: a new Ed25519 key pair for signing dataset updates.
// FILE gets the private key (PKCS#8 PEM, readable by its owner only), FILE.pub the public
// one (base64), which goes into data/update-key.pub and so into the extension. An existing
// file is never overwritten: losing a key in use would strand every installed copy.
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateUpdateKey } from './lib/update-package';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  if (!values.out) {
    console.error('usage: npm run data:keygen -- --out FILE');
    return 2;
  }
  const publicPath = `${values.out}.pub`;
  for (const path of [values.out, publicPath]) {
    if (existsSync(path)) {
      console.error(`data:keygen: ${path} exists; not overwritten`);
      return 1;
    }
  }
  const key = await generateUpdateKey();
  writeFileSync(values.out, key.privatePem, { mode: 0o600 });
  writeFileSync(publicPath, `${key.publicBase64}\n`);
  console.error(
    `data:keygen: wrote ${values.out} (private: keep it out of the repository) and ${publicPath}` +
      ' (public: copy it to data/update-key.pub to have the extension trust it)',
  );
  return 0;
}

main().then((code) => process.exit(code));
