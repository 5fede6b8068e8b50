/**
 * Commands from the desktop app's menus (through the preload's `window.midadShell`). In a plain browser
 * there is no menu and so nothing arrives.
 */
import { useEffect, useRef } from 'react';
import type { ShellBridge, ShellCommand } from '../../core/shell/commands';

declare global {
  interface Window {
    midadShell?: ShellBridge;
  }
}

export function useShellCommand(handler: (command: ShellCommand) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => window.midadShell?.onCommand((command) => latest.current(command)), []);
}
