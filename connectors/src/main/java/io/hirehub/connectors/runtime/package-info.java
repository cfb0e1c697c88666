/**
 * What the long-running parts (the CDC runner, the write-backs, the Kafka Streams runtimes in the
 * launcher) share about failures: how to name one in a line, and whether a retry can help.
 */
package io.hirehub.connectors.runtime;
