/**
 * The renderer's only door to the main process: one function per API method, each sending its request
 * over IPC and returning the main process's envelope. Raw ipcRenderer never reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES } from '../core/api/methods';

const api = Object.fromEntries(
  METHOD_NAMES.map((method) => [method, (request: unknown) => ipcRenderer.invoke(`midad:${method}`, request)]),
);

contextBridge.exposeInMainWorld('midad', api);
