package io.hirehub.topologies.resume.support;

import io.hirehub.topologies.embed.EmbeddingProvider;
import io.hirehub.topologies.resume.provider.ProviderException;
import java.util.List;

/** An embedding provider that has already retried and gives up, as Bedrock does after three HTTP 503s. */
public final class GivingUpEmbeddings implements EmbeddingProvider {

    @Override
    public float[][] embed(final List<String> texts) {
        throw new ProviderException("bedrock", "HTTP 503", true, 3, null);
    }

    @Override
    public int dimensions() {
        return 1536;
    }

    @Override
    public String modelId() {
        return "failing";
    }
}
