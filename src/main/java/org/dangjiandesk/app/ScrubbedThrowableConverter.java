package org.dangjiandesk.app;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import org.dangjiandesk.logic.security.LogScrubber;

/**
 * {@code %scrubbedEx} in logback.xml: an exception's stack trace with its messages scrubbed (a failed statement's
 * message can quote the member's values).
 */
public final class ScrubbedThrowableConverter extends ThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return LogScrubber.scrub(super.throwableProxyToString(tp));
    }
}
