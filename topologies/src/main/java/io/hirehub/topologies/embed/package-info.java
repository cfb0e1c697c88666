/**
 * Embeddings, shared by the resume pipeline (resume chunks and document vectors) and matching (job
 * profiles): {@link io.hirehub.topologies.embed.EmbeddingProvider} with the local, network-free
 * {@link io.hirehub.topologies.embed.LocalHashingEmbeddingProvider} and Amazon Bedrock's Titan
 * ({@link io.hirehub.topologies.embed.BedrockTitanEmbeddingProvider}), text chunking
 * ({@link io.hirehub.topologies.embed.Chunker}) and the vector arithmetic both sides use
 * ({@link io.hirehub.topologies.embed.Vectors}).
 *
 * <p>Still borrowed from the resume feature: the skill vocabulary
 * ({@code resume.parse.SkillCatalog}, which the local provider folds synonyms with), sentence
 * splitting ({@code resume.text.Sentences}) and the Bedrock client and retry policy
 * ({@code resume.provider}); they move beside this package when a third topology needs them.
 */
package io.hirehub.topologies.embed;
