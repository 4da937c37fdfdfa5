package org.dangjiandesk.app;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.dangjiandesk.logic.security.LogScrubber;

/** {@code %scrubbedMsg} in logback.xml: the log message without what may be personal data. */
public final class ScrubbedMessageConverter extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return LogScrubber.scrub(super.convert(event));
    }
}
