import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const r = (p: string): string => resolve(import.meta.dirname, p)

export default defineConfig({
  main: {
    build: { outDir: r('out/main'), lib: { entry: r('main/index.ts') } }
  },
  preload: {
    build: {
      outDir: r('out/preload'),
      // sandbox: true requires a CommonJS preload; the object form of `entry` names the file.
      lib: { entry: { index: r('main/preload.ts') }, formats: ['cjs'] }
    }
  },
  renderer: {
    root: r('renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: r('out/renderer'),
      rolldownOptions: { input: r('renderer/index.html') }
    }
  }
})
