declare const __VOUCH_VERSION__: string | undefined;
/** Injected by esbuild from package.json. */
export const VERSION: string = typeof __VOUCH_VERSION__ === 'string' ? __VOUCH_VERSION__ : '0.0.0-dev';
