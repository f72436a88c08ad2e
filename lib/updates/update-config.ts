// The update address and the public key updates are signed with: compiled into the
// extension by wxt.config.ts (from data/update-key.pub), never read at run time.
export const UPDATE_ADDRESS = process.env.BACKSTORY_UPDATE_URL ?? '';
export const UPDATE_PUBLIC_KEY = process.env.BACKSTORY_UPDATE_KEY ?? '';
/** The match pattern of an address's host, any port: the one permission updates ask for. */
export function hostPattern(address: string): string {
  return `${new URL(address).origin.replace(/:\d+$/, '')}/*`;
}
/** The host permission turning updates on asks for. */
export const UPDATE_HOST_PATTERN = UPDATE_ADDRESS ? hostPattern(UPDATE_ADDRESS) : '';
/** How long one request of an update may take (a test build shortens it). */
export const UPDATE_TIMEOUT_MS = Number(process.env.BACKSTORY_UPDATE_TIMEOUT_MS) || 30_000;
