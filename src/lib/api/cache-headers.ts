/**
 * Headers the service worker adds to a cached manifest: when it was fetched, and that the
 * network failed.
 */
export const CACHED_AT = 'x-cached-at'
export const SERVED_FROM_CACHE = 'x-served-from-cache'
