/**
 * Benchmarks for webex4j: whole-process workloads against a separately running emulator ({@link
 * io.github.webex4j.bench.Workloads}), JMH microbenchmarks, and the report writer. Run them all
 * with {@code bench/run.sh}.
 */
package io.github.webex4j.bench;
