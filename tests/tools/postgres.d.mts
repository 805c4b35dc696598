export function findPostgres(): { bin: string | null; reason: string };
export function startPostgres(): { connectionString: string; socketDir: string; port: number; stop: () => void };
