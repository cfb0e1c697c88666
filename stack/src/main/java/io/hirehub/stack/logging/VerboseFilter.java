package io.hirehub.stack.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/** Lets the verbose console appender through only under {@code --verbose}: then the console shows everything. */
public final class VerboseFilter extends Filter<ILoggingEvent> {

    @Override
    public FilterReply decide(final ILoggingEvent event) {
        return Logging.verbose() ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
}
