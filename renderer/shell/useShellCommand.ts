/**
 * Commands from the desktop app's menus (through the preload's `window.midadShell`). In a plain browser
 * there is no menu and so nothing arrives.
 */
import { useEffect, useEffectEvent } from 'react';
import type { ShellBridge, ShellCommand } from '../../core/shell/commands';

declare global {
  interface Window {
    midadShell?: ShellBridge;
  }
}

export function useShellCommand(handler: (command: ShellCommand) => void): void {
  // Subscribed once; each command reaches the handler of the latest render.
  const onCommand = useEffectEvent((command: ShellCommand) => handler(command));
  useEffect(() => window.midadShell?.onCommand((command) => onCommand(command)), []);
}
