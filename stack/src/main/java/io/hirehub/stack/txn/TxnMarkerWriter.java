package io.hirehub.stack.txn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.protocol.ApiKeys;
import org.apache.kafka.common.protocol.Errors;
import org.apache.kafka.common.requests.AbstractResponse;
import org.apache.kafka.common.requests.RequestHeader;
import org.apache.kafka.common.requests.WriteTxnMarkersRequest;
import org.apache.kafka.common.requests.WriteTxnMarkersResponse;

/**
 * Writes one transaction marker to a partition's leader with Kafka's WriteTxnMarkers request, the one
 * a transaction coordinator sends. The Admin client sends it too, but only to abort
 * ({@code Admin#abortTransaction}); a transaction its coordinator committed needs a commit marker, so
 * the request goes out here, framed as the protocol frames every request (a size, the header, the body).
 */
public final class TxnMarkerWriter {

    private static final String CLIENT_ID = "hirehub-txn-repair";
    private static final AtomicInteger CORRELATION = new AtomicInteger();

    private final Duration timeout;

    public TxnMarkerWriter(final Duration timeout) {
        this.timeout = timeout;
    }

    /** Writes the marker {@code decision} asks for to {@code open}'s partition; returns the leader's answer. */
    public Errors write(final Node leader, final OpenTransaction open, final MarkerDecision decision)
            throws IOException {
        final TopicPartition partition = open.partition();
        final WriteTxnMarkersRequest.TxnMarkerEntry marker = new WriteTxnMarkersRequest.TxnMarkerEntry(
                open.producerId(),
                decision.markerEpoch(),
                open.coordinatorEpoch(),
                decision.result().orElseThrow(),
                List.of(partition),
                decision.transactionVersion());
        final short version = ApiKeys.WRITE_TXN_MARKERS.latestVersion();
        final RequestHeader header =
                new RequestHeader(ApiKeys.WRITE_TXN_MARKERS, version, CLIENT_ID, CORRELATION.incrementAndGet());
        final ByteBuffer request = new WriteTxnMarkersRequest.Builder(List.of(marker))
                .build(version)
                .serializeWithHeader(header);
        final int millis = Math.toIntExact(timeout.toMillis());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(leader.host(), leader.port()), millis);
            socket.setSoTimeout(millis);
            final DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            final byte[] bytes = new byte[request.remaining()];
            request.get(bytes);
            out.writeInt(bytes.length);
            out.write(bytes);
            out.flush();
            final DataInputStream in = new DataInputStream(socket.getInputStream());
            final byte[] answer = in.readNBytes(in.readInt());
            final WriteTxnMarkersResponse response =
                    (WriteTxnMarkersResponse) AbstractResponse.parseResponse(ByteBuffer.wrap(answer), header);
            final Map<TopicPartition, Errors> errors =
                    response.errorsByProducerId().getOrDefault(open.producerId(), Map.of());
            return errors.getOrDefault(partition, Errors.UNKNOWN_SERVER_ERROR);
        }
    }
}
