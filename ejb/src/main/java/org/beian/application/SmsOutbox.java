package org.beian.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The text messages the built-in SMS gateway recorded instead of sending (demo mode). */
public interface SmsOutbox {

    record RecordedSms(long id, String mobile, String sender, String text, Instant sentAt) implements Serializable {}

    List<RecordedSms> recent(int max);
}
