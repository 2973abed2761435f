package org.beian.application.port;

/**
 * Sends a text message. Which implementation is injected is chosen by configuration
 * ({@code beian.sms.gateway}): the built-in one records messages (demo and tests), the HTTP adapter hands
 * them to a real SMS provider.
 */
public interface SmsGateway {

    /**
     * Hands one message over for delivery. Returning normally means the message was accepted.
     *
     * @throws SmsDeliveryException when the message was not accepted (refused, unreachable, timed out);
     *         the caller retries later, with the same {@link OutgoingSms#reference() reference}
     */
    void send(OutgoingSms sms);
}
