/**
 * The renderer's only doors to the main process: `window.midad`, one function per API method, each sending
 * its request over IPC and returning the main process's envelope; and `window.midadShell`, a subscription
 * to the commands the menus send, forwarding only known command names. Raw ipcRenderer never reaches the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { METHOD_NAMES } from '../core/api/methods';
import { isShellCommand, SHELL_CHANNEL, type ShellBridge } from '../core/shell/commands';

const api = Object.fromEntries(
  METHOD_NAMES.map((method) => [method, (request: unknown) => ipcRenderer.invoke(`midad:${method}`, request)]),
);

const shellBridge: ShellBridge = {
  onCommand(listener) {
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (isShellCommand(command)) listener(command);
    };
    ipcRenderer.on(SHELL_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(SHELL_CHANNEL, forward);
  },
};

contextBridge.exposeInMainWorld('midad', api);
contextBridge.exposeInMainWorld('midadShell', shellBridge);
