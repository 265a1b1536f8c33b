import type { CDPSession, Page } from '@playwright/test';

export interface MemoryReading {
  heapBytes: number;
  domNodes: number;
  listeners: number;
}
export function useTheMap(page: Page, round: number): Promise<void>;
export function measureMemory(cdp: CDPSession): Promise<MemoryReading>;
