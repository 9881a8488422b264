import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { SpanKind, SpanStatusCode, context, propagation, trace, type Context as OtelContext, type Span, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, ConsoleSpanExporter, NodeTracerProvider, SimpleSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-node';
import { defaultFieldResolver, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Logger } from '../log.js';

export const SERVICE_NAME = 'critical-minerals-graph';
export const TRACER_NAME = 'critical-minerals-graph';

/**
 * Tracing as the standard OTEL_* variables ask: off unless OTEL_TRACES_EXPORTER names
 * an exporter (`otlp`: OTLP over HTTP to OTEL_EXPORTER_OTLP_ENDPOINT or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, default http://localhost:4318; `console`: stdout;
 * a comma-separated list for both). OTEL_SDK_DISABLED=true turns it off whatever else
 * is set. OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES name the service, and
 * OTEL_TRACES_SAMPLER(_ARG) sample, as the SDK reads them. Unlike the SDK's default
 * (`otlp`), an unset exporter means no tracing: no exporter, no spans, no cost.
 * Everything is read from process.env (the exporter and the resource read it too).
 * Registers the provider globally (the context manager carries the active span
 * across awaits) and returns it, or undefined when tracing is off.
 */
export function tracingFromEnv(logger?: Logger): NodeTracerProvider | undefined {
  const env = process.env;
  if ((env.OTEL_SDK_DISABLED ?? '').trim().toLowerCase() === 'true') return undefined;
  const names = new Set((env.OTEL_TRACES_EXPORTER ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean));
  const spanProcessors: SpanProcessor[] = [];
  for (const name of names) {
    if (name === 'none') continue;
    if (name === 'otlp') spanProcessors.push(new BatchSpanProcessor(new OTLPTraceExporter()));
    else if (name === 'console') spanProcessors.push(new SimpleSpanProcessor(new ConsoleSpanExporter()));
    else logger?.warn('OTEL_TRACES_EXPORTER names an exporter this server does not have; ignored', { exporter: name, supported: 'otlp, console, none' });
  }
  if (spanProcessors.length === 0) return undefined;
  const resource = defaultResource()
    .merge(resourceFromAttributes({ 'service.name': SERVICE_NAME }))
    .merge(detectResources({ detectors: [envDetector] }));
  const provider = new NodeTracerProvider({ resource, spanProcessors });
  provider.register();
  return provider;
}

/** The span of one HTTP request (a child of the caller's `traceparent`, if any); ends when `run` settles. */
export function traceHttpRequest<T>(tracer: Tracer, req: http.IncomingMessage, res: http.ServerResponse, route: string, requestId: string, run: () => Promise<T>): Promise<T> {
  const method = (req.method ?? 'GET').toUpperCase();
  const parent = propagation.extract(context.active(), req.headers);
  const attributes = { 'http.request.method': method, 'http.route': route, 'url.path': route, 'app.request_id': requestId };
  return tracer.startActiveSpan(`${method} ${route}`, { kind: SpanKind.SERVER, attributes }, parent, async (span) => {
    try {
      return await run();
    } catch (err) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.name : 'Error' });
      throw err;
    } finally {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
  });
}

/** Where a root field's span goes: the execute span of the operation it belongs to (by context value). */
const EXECUTING = new WeakMap<object, { tracer: Tracer; ctx: OtelContext }>();
const WRAPPED = Symbol.for('critical-minerals-graph.tracedRootFields');

/**
 * Wraps, once per schema, the resolver of every root field (Query, Mutation) and of
 * every field that has a resolver of its own (type-graphql's `@FieldResolver`s: the
 * ones that ask a repository for data; plain properties are left alone) so that, for
 * an operation being traced, each runs in a span of its own (`Mineral.importSources`),
 * and the store statements it sends become that span's children. For an operation not
 * traced (tracing off, another server in the process without it) the wrapper calls
 * straight through.
 */
export function traceRootFields(schema: GraphQLSchema): void {
  const marked = schema as unknown as Record<symbol, boolean>;
  if (marked[WRAPPED]) return;
  Object.defineProperty(schema, WRAPPED, { value: true });
  const resolved = new Set<string>();
  for (const r of getMetadataStorage().fieldResolvers) {
    const type = r.getObjectType?.();
    if (type?.name) resolved.add(`${type.name}.${r.schemaName}`);
  }
  const roots = new Set([schema.getQueryType(), schema.getMutationType()].filter((t): t is GraphQLObjectType => !!t));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!roots.has(type) && !resolved.has(`${type.name}.${field.name}`)) continue;
      wrapField(type.name, field);
    }
  }
}

function wrapField(typeName: string, field: GraphQLField<unknown, unknown>): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  const spanName = `${typeName}.${field.name}`;
  field.resolve = (source, args, ctx, info) => {
    const traced = ctx && typeof ctx === 'object' ? EXECUTING.get(ctx) : undefined;
    if (!traced) return resolve(source, args, ctx, info);
    const attributes = { 'graphql.field.name': field.name, 'graphql.field.path': info.path.key.toString(), 'graphql.field.type': info.returnType.toString() };
    // Under the operation's execute span, root fields and nested ones alike: graphql-js
    // calls nested resolvers from promise continuations, where the active context is not
    // reliably the parent field's. Statements nest under whichever resolver sends them.
    const parent = traced.ctx;
    const span = traced.tracer.startSpan(spanName, { kind: SpanKind.INTERNAL, attributes }, parent);
    return context.with(trace.setSpan(parent, span), () => {
      try {
        const out = resolve(source, args, ctx, info);
        if (out && typeof (out as Promise<unknown>).then === 'function') {
          return (out as Promise<unknown>).then(
            (v) => (span.end(), v),
            (err: unknown) => {
              fail(span, err);
              throw err;
            },
          );
        }
        span.end();
        return out;
      } catch (err) {
        fail(span, err);
        throw err;
      }
    });
  };
}

function fail(span: Span, err: unknown): void {
  span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.name : 'Error' });
  span.end();
}

/**
 * Spans for each GraphQL operation's parsing, validation and execution, children of the
 * request's span (the span active when Apollo starts the operation). Apollo skips
 * parsing and validation for a document it has cached, and so do these spans.
 */
export function tracingPlugin<C extends object>(tracer: Tracer): ApolloServerPlugin<C> {
  const phase = (name: string, parent: OtelContext) => {
    const span = tracer.startSpan(name, { kind: SpanKind.INTERNAL }, parent);
    return async (err?: Error | readonly Error[]) => {
      if (err && (!Array.isArray(err) || err.length > 0)) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    };
  };
  return {
    async serverWillStart({ schema }) {
      traceRootFields(schema);
    },
    async requestDidStart() {
      const parent = context.active();
      return {
        async parsingDidStart() {
          return phase('graphql.parse', parent);
        },
        async validationDidStart() {
          return phase('graphql.validate', parent);
        },
        async didResolveOperation({ operationName, operation }) {
          const span = trace.getSpan(parent);
          span?.setAttribute('graphql.operation.name', operationName ?? '');
          if (operation) span?.setAttribute('graphql.operation.type', operation.operation);
        },
        async executionDidStart({ operationName, operation, contextValue }) {
          const attributes = { 'graphql.operation.name': operationName ?? '', 'graphql.operation.type': operation.operation };
          const span = tracer.startSpan('graphql.execute', { kind: SpanKind.INTERNAL, attributes }, parent);
          EXECUTING.set(contextValue, { tracer, ctx: trace.setSpan(parent, span) });
          return {
            async executionDidEnd(err?: Error) {
              EXECUTING.delete(contextValue);
              if (err) span.setStatus({ code: SpanStatusCode.ERROR, message: err.name });
              span.end();
            },
          };
        },
      };
    },
  };
}
