import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/**
 * The floor app (benchmarks/README.md): the dashboard's build settings that matter to loading
 * (target, gzip by scripts/compress-dist.ts afterwards) and no code splitting: one JS file.
 *   npx vite build --config benchmarks/floor/vite.config.ts
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    // One bundle on purpose (Recharts and React in one file): no warning about its size.
    chunkSizeWarningLimit: 1000,
  },
})
