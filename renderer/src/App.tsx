export function App() {
  return (
    <main>
      <h1>SchedLab</h1>
      <p>A laboratory for operating-system scheduling.</p>
    </main>
  )
}
