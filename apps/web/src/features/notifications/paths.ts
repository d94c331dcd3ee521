/** `/notifications`: the viewer's inbox. */
export const inboxPath = '/notifications';
