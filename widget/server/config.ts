import { resolve } from 'node:path';
import { z } from 'zod';
import { streamGoalSchema } from '@core/messages/gift-server-api';
import { partyIdSchema } from '@core/ledger';
import { cashOutPolicySchema, DEFAULT_CASH_OUT_POLICY, type CashOutPolicy } from '@core/gifts';
import { paymentConfigOf, paymentEnvironment, type PaymentConfig } from './payments/payment-environment';

const flag = z.enum(['0', '1', 'true', 'false']).transform((value) => value === '1' || value === 'true');
const positiveInt = z.coerce.number().int().positive();
const listOf = (item: z.ZodType<string, string>) =>
  z
    .string()
    .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(item));

/** A JSON value in a variable, checked by a schema. */
const jsonOf = <T>(schema: z.ZodType<T>) =>
  z
    .string()
    .transform((value, context) => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: 'not JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);

const streamConfigSchema = z.object({ id: z.string().min(1).max(128), creator: partyIdSchema, goal: streamGoalSchema.nullable().default(null) });
export type StreamConfig = z.infer<typeof streamConfigSchema>;

/** The stream of the demo live page (widget/demo/index.html), known in demo mode without configuration. */
export const DEMO_STREAM: StreamConfig = { id: 'sunday-pancakes', creator: 'mia-cooks', goal: { coins: 5000, title: 'A new griddle' } };

/** Every environment variable the server reads, once, at start. An invalid one stops it with its name. */
const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4173),
  HOST: z.string().min(1).default('localhost'),
  /** 'demo' (default) issues tokens at POST /v1/demo/session and uses the sandbox payments; 'live' does not. */
  LIVEGIFT_MODE: z.enum(['demo', 'live']).default('demo'),
  /** PGlite's folder, the demo signing key and the pid lock. */
  LIVEGIFT_DATA_DIR: z.string().min(1).default('.data'),
  /** PostgreSQL instead of PGlite, e.g. postgres://user:pass@host:5432/livegift. */
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: positiveInt.max(1000).default(20),
  /** Tokens the site's login signs: an HS256 secret (32+ characters) … */
  LIVEGIFT_JWT_SECRET: z.string().min(32, 'use at least 32 characters').optional(),
  /** … or an EdDSA public key (SPKI PEM) … */
  LIVEGIFT_JWT_PUBLIC_KEY: z.string().includes('BEGIN PUBLIC KEY', { message: 'an SPKI PEM public key' }).optional(),
  /** … or a JWKS URL. */
  LIVEGIFT_JWKS_URL: z.string().url().optional(),
  /** When set, tokens must carry this `iss`. */
  LIVEGIFT_JWT_ISSUER: z.string().min(1).optional(),
  /** Site origins allowed to call the API from a browser, comma-separated (same origin needs none). */
  LIVEGIFT_ALLOWED_ORIGINS: listOf(z.string().url()).default([]),
  /** Streams as JSON: [{ "id", "creator", "goal": { "coins", "title" } }]. */
  LIVEGIFT_STREAMS: jsonOf(z.array(streamConfigSchema)).default([]),
  /** What diamonds are worth and the smallest payout: { "currency", "minorUnitsPerThousandDiamonds", "minimumMinor" }. */
  LIVEGIFT_CASH_OUT: jsonOf(cashOutPolicySchema.strict()).default(DEFAULT_CASH_OUT_POLICY),
  LIVEGIFT_BODY_LIMIT_BYTES: positiveInt.max(10_000_000).default(16_384),
  /** Writes (gifts, recharges, sessions) per second per viewer and per client address. */
  LIVEGIFT_WRITE_RATE_PER_VIEWER: positiveInt.default(20),
  LIVEGIFT_WRITE_RATE_PER_ADDRESS: positiveInt.default(200),
  /** Take the client address from X-Forwarded-For (only behind a proxy you run). */
  LIVEGIFT_TRUST_PROXY: flag.default(false),
  /** How often the feed looks for gifts when no NOTIFY arrives (engines without LISTEN/NOTIFY). */
  LIVEGIFT_FEED_POLL_MS: positiveInt.max(60_000).default(1000),
  LIVEGIFT_HEARTBEAT_MS: positiveInt.max(300_000).default(15_000),
  LIVEGIFT_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The built site (demo pages and widget) to serve. */
  LIVEGIFT_STATIC_DIR: z.string().min(1).default('.output'),
  ...paymentEnvironment,
});

export interface ServerConfig {
  port: number;
  host: string;
  mode: 'demo' | 'live';
  dataDir: string;
  databaseUrl: string | undefined;
  poolSize: number;
  auth: { secret: string | undefined; publicKeyPem: string | undefined; jwksUrl: string | undefined; issuer: string | undefined };
  allowedOrigins: string[];
  streams: StreamConfig[];
  cashOut: CashOutPolicy;
  bodyLimitBytes: number;
  writeRatePerViewer: number;
  writeRatePerAddress: number;
  trustProxy: boolean;
  feedPollMs: number;
  heartbeatMs: number;
  logLevel: string;
  staticDir: string;
  /** Stripe in live mode, gift cards in both. */
  payments: PaymentConfig;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads the configuration from an environment (process.env by default); throws a ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${String(issue.path[0] ?? '?')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  if (e.LIVEGIFT_MODE === 'live' && !e.LIVEGIFT_JWT_SECRET && !e.LIVEGIFT_JWT_PUBLIC_KEY && !e.LIVEGIFT_JWKS_URL) {
    throw new ConfigError('Invalid configuration:\n  LIVEGIFT_MODE: live mode needs LIVEGIFT_JWT_SECRET, LIVEGIFT_JWT_PUBLIC_KEY or LIVEGIFT_JWKS_URL');
  }
  const payments = paymentConfigOf(e, e.LIVEGIFT_MODE);
  if (payments.missing.length > 0) throw new ConfigError(`Invalid configuration:\n  ${payments.missing.join('\n  ')}`);
  const streams = [...e.LIVEGIFT_STREAMS];
  if (e.LIVEGIFT_MODE === 'demo' && !streams.some((stream) => stream.id === DEMO_STREAM.id)) streams.push(DEMO_STREAM);
  return {
    port: e.PORT,
    host: e.HOST,
    mode: e.LIVEGIFT_MODE,
    dataDir: resolve(e.LIVEGIFT_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    poolSize: e.DATABASE_POOL_SIZE,
    auth: { secret: e.LIVEGIFT_JWT_SECRET, publicKeyPem: e.LIVEGIFT_JWT_PUBLIC_KEY, jwksUrl: e.LIVEGIFT_JWKS_URL, issuer: e.LIVEGIFT_JWT_ISSUER },
    allowedOrigins: e.LIVEGIFT_ALLOWED_ORIGINS,
    streams,
    cashOut: e.LIVEGIFT_CASH_OUT,
    bodyLimitBytes: e.LIVEGIFT_BODY_LIMIT_BYTES,
    writeRatePerViewer: e.LIVEGIFT_WRITE_RATE_PER_VIEWER,
    writeRatePerAddress: e.LIVEGIFT_WRITE_RATE_PER_ADDRESS,
    trustProxy: e.LIVEGIFT_TRUST_PROXY,
    feedPollMs: e.LIVEGIFT_FEED_POLL_MS,
    heartbeatMs: e.LIVEGIFT_HEARTBEAT_MS,
    logLevel: e.LIVEGIFT_LOG_LEVEL,
    staticDir: resolve(e.LIVEGIFT_STATIC_DIR),
    payments: payments.config,
  };
}
