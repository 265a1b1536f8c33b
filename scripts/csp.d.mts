export function contentSecurityPolicy(options?: { basemapOrigins?: string[] }): string;
export function basemapOrigins(config: unknown): string[];
