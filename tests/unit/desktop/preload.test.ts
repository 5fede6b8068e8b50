/**
 * The preload, with Electron faked at contextBridge and ipcRenderer: the page gets one function per API
 * method and a subscription that forwards only known menu commands, never the IPC event or raw ipcRenderer.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../core/api/methods';
import { SHELL_CHANNEL, type ShellBridge, type ShellCommand } from '../../../core/shell/commands';

const exposed = new Map<string, unknown>();
const ipc = new EventEmitter();
const invoked: Array<[string, unknown]> = [];

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, value: unknown) => exposed.set(name, value) },
  ipcRenderer: {
    on: (channel: string, listener: (...args: unknown[]) => void) => ipc.on(channel, listener),
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => ipc.removeListener(channel, listener),
    invoke: (channel: string, request: unknown) => (invoked.push([channel, request]), Promise.resolve()),
  },
}));

await import('../../../electron/preload');

describe('the preload', () => {
  it('exposes exactly window.midad and window.midadShell', () => {
    expect([...exposed.keys()].sort()).toEqual(['midad', 'midadShell']);
    expect(Object.keys(exposed.get('midad') as object).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('sends each API call on its own channel', async () => {
    await (exposed.get('midad') as Record<string, (r: unknown) => Promise<unknown>>)['articles.get']!({ id: 'x' });
    expect(invoked).toEqual([['midad:articles.get', { id: 'x' }]]);
  });

  it('forwards only known menu commands, without the IPC event, until unsubscribed', () => {
    const shell = exposed.get('midadShell') as ShellBridge;
    const received: unknown[][] = [];
    const stop = shell.onCommand((...args: [ShellCommand]) => received.push(args));
    ipc.emit(SHELL_CHANNEL, { sender: 'event' }, 'toggle-paragraph-direction');
    ipc.emit(SHELL_CHANNEL, { sender: 'event' }, 'rm -rf');
    ipc.emit(SHELL_CHANNEL, { sender: 'event' }, { command: 'show-settings' });
    ipc.emit(SHELL_CHANNEL, { sender: 'event' }, 'show-settings');
    stop();
    ipc.emit(SHELL_CHANNEL, { sender: 'event' }, 'show-about');
    expect(received).toEqual([['toggle-paragraph-direction'], ['show-settings']]);
    expect(ipc.listenerCount(SHELL_CHANNEL)).toBe(0);
  });
});
