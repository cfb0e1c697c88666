/**
 * Compares the topic plan ({@code io.hirehub.schemas.topics.TopicPlan}) with a broker's topics and
 * creates what is missing; a topic whose partitions or settings differ from the plan is reported,
 * never changed behind the operator's back. Used by the stack at start and by {@code hirehub topics}.
 */
package io.hirehub.stack.topics;
