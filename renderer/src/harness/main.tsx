// Entry of the results harness page (renderer/harness.html): the results pane without the
// app shell, for development, end-to-end tests and screenshots.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { HarnessApp } from './HarnessApp'

const root = document.getElementById('root')
if (!root) throw new Error('harness.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <HarnessApp />
  </StrictMode>
)
