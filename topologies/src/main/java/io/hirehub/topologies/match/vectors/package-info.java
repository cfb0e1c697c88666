/**
 * Compact embeddings for brute-force candidate pre-selection, free of profile and Kafka types.
 *
 * <p>{@link io.hirehub.topologies.match.vectors.DenseVectorStore} keeps the slot bookkeeping both
 * encodings share (dense slots, a removal moves the last slot into the hole); the encodings only
 * store, move and scan a slot's vector: {@link io.hirehub.topologies.match.vectors.Int8VectorStore}
 * (int8 quantised, SWAR dot products, cosine within about 0.001) and
 * {@link io.hirehub.topologies.match.vectors.BinaryVectorStore} (sign bits, Hamming distance).
 * {@link io.hirehub.topologies.match.vectors.Preselection} picks one by
 * {@link io.hirehub.topologies.match.vectors.PreselectMode} and, in binary mode, re-ranks a wider scan
 * by exact cosine; {@link io.hirehub.topologies.match.vectors.TopK} keeps the best slots of a scan
 * without allocating per vector.
 */
package io.hirehub.topologies.match.vectors;
