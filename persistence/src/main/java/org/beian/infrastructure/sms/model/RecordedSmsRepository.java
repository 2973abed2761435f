package org.beian.infrastructure.sms.model;

import java.util.List;

/** The text messages the built-in SMS gateway recorded instead of sending. */
public interface RecordedSmsRepository {

    void add(SmsMessage message);

    /** Newest first, at most {@code max}. */
    List<SmsMessage> listRecent(int max);
}
