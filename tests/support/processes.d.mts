// Types of processes.mjs, for the end-to-end suite's TypeScript.
import type { ChildProcess } from "node:child_process";

export interface ProcessInfo {
  pid: number;
  ppid: number;
  pgid: number;
  state: string;
  start: string;
}
export interface Group {
  name: string;
  child: ChildProcess;
  pid: number;
  mark: string;
  exited(): string | null;
  ensureRunning(): void;
  members(): number[];
  tree(): ProcessInfo[];
  stop(): Promise<void>;
}
export type Seen<T> = { ready: T } | { notYet: string };

export function processes(): ProcessInfo[];
export function membersOf(pgid: number): number[];
export function treeOf(pgid: number): ProcessInfo[];
export function stillAlive(p: ProcessInfo): boolean;
export function carrying(entry: string): ProcessInfo[];
export const WEBKIT_WEBDRIVER: string;
export function requireInstalled(needs: [string, string, string][]): void;
export function executable(pid: number): string;
export function waitUntil<T>(what: string, ms: number, probe: () => Seen<T> | Promise<Seen<T>>): Promise<T>;
export function startGroup(
  name: string,
  command: string,
  args: string[],
  options?: { env?: NodeJS.ProcessEnv; stdout?: "ignore" | "inherit" | "pipe"; stderr?: "ignore" | "inherit" | "keep"; hint?: string },
): Group;
export function listeningPorts(pids: number[]): number[];
export function startDisplay(width: number, height: number): Promise<{ name: string; group: Group; stop(): Promise<void> }>;
export function startWebDriver(env: Record<string, string>): Promise<{ port: number; url: string; group: Group; stop(): Promise<void> }>;
export function appCapabilities(app: string): Record<string, unknown>;
export function appProcesses(group: Group, app: string): number[];
export function startHq(bin: string, args: string[]): Promise<{ url: string; group: Group; stop(): Promise<void> }>;
