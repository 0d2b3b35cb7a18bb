import { defineConfig } from 'vite';

// The viewer is served by `deckl10n serve` at the site root; its UI strings come from the
// project's locales/ folder (imported at build time), so the build may read outside the app.
export default defineConfig({
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, sourcemap: false, reportCompressedSize: true },
  server: { fs: { allow: ['../..'] } },
});
