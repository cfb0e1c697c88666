package io.hirehub.stack.txn;

import org.apache.kafka.clients.admin.TransactionState;

/** What a producer's transaction coordinator says of it: the transactional id, state and current epoch. */
public record CoordinatorView(String transactionalId, TransactionState state, short producerEpoch) {}
