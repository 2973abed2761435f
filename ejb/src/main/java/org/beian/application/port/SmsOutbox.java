package org.beian.application.port;

import java.util.List;
import org.beian.application.dto.RecordedSms;

/** The text messages the built-in SMS gateway recorded instead of sending (demo mode). */
public interface SmsOutbox {

    /** Newest first, at most {@code max}. */
    List<RecordedSms> recent(int max);
}
