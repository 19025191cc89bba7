import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// Browser-only build and dev server: the same renderer without Electron.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  // Not under out/: electron-builder packs out/**.
  build: { outDir: resolve(import.meta.dirname, 'dist-web'), emptyOutDir: true }
})
