/**
 * The matching application ({@link io.hirehub.apps.match.MatchingApp}: job profiles from CDC and
 * matching in one {@code StreamsApp}, the {@code matches} write-back beside it), its settings, the
 * embedding-model check it starts with, and its implementation of the topologies'
 * {@code MatchQueries} port.
 */
package io.hirehub.apps.match;
