/**
 * The states of a process's parts: {@link io.hirehub.runtime.health.PartBoard} holds one
 * {@link io.hirehub.runtime.health.PartHealth} per part (starting, running, failed and whether it
 * retries, off, stopping, stopped), which the status file and the console hear;
 * {@link io.hirehub.runtime.health.RestartingWorker} runs a loop (a write-back) on its own thread and
 * restarts it with backoff after a failure a retry can help.
 */
package io.hirehub.runtime.health;
