// The update address and the public key updates are signed with: compiled into the
// extension by wxt.config.ts (from data/update-key.pub), never read at run time.
export const UPDATE_ADDRESS = process.env.BACKSTORY_UPDATE_URL ?? '';
export const UPDATE_PUBLIC_KEY = process.env.BACKSTORY_UPDATE_KEY ?? '';
/** The host permission turning updates on asks for. */
export const UPDATE_HOST_PATTERN = UPDATE_ADDRESS
  ? `${new URL(UPDATE_ADDRESS).origin.replace(/:\d+$/, '')}/*`
  : '';
/** How long one request of an update may take (a test build shortens it). */
export const UPDATE_TIMEOUT_MS = Number(process.env.BACKSTORY_UPDATE_TIMEOUT_MS) || 30_000;
