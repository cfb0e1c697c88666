/**
 * The embedded stack: {@link io.hirehub.stack.EmbeddedStack} takes the data dir, cleans what a
 * killed stack left ({@link io.hirehub.stack.Leftovers}) and starts {@link io.hirehub.stack.StackComponent}s,
 * each after the parts it names, publishing their endpoints ({@code endpoints.json}) and health
 * ({@code status.json}).
 * <p>
 * The infrastructure parts live here: the KRaft broker, the topics of the plan, PostgreSQL with the
 * services' migrations, S3Proxy with the resume bucket and the schema registry, each embedded unless
 * its settings name external infrastructure ({@link io.hirehub.stack.StackComponents#infrastructure}).
 * The processing parts (CDC, the Streams applications, the edge) belong to the module that assembles
 * the product, the launcher, which offers them as the {@link io.hirehub.stack.StackAssembly} service.
 * That keeps this module below connectors, apps and edge-api: their integration tests start the
 * infrastructure through {@code io.hirehub.testsupport.SharedStack} and run the part they test on it.
 */
package io.hirehub.stack;
