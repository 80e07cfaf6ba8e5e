/** The service's configuration, once loaded and checked. */
export interface Config {
  server: { host: string; port: number };
  database: { url: string; user: string; password: string; poolSize: number };
  features: { beta: boolean; auditLog: boolean };
}

/** Part of a configuration, as a file or an override gives it. */
export type PartialConfig = {
  [Section in keyof Config]?: Partial<Config[Section]>;
};
