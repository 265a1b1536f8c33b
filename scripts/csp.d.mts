export function contentSecurityPolicy(options?: { basemapOrigins?: string[] }): string;
