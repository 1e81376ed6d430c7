export { CommendedPanel } from './components/commended-panel.tsx'
