export function findPostgres(): { bin: string | null; reason: string };
export function startPostgres(options?: { durable?: boolean }): { connectionString: string; socketDir: string; port: number; stop: () => void };
