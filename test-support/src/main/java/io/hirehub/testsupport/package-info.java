/**
 * Test code several modules share, in test scope only: {@link io.hirehub.testsupport.ItTimeouts} (the
 * one deadline integration tests poll against) and {@link io.hirehub.testsupport.ConfluentWireDecoder}
 * (a reader of the Confluent wire format independent of our serde and client).
 */
package io.hirehub.testsupport;
