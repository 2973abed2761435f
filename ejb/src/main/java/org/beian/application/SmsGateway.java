package org.beian.application;

/**
 * Sends a text message. The built-in implementation records messages (demo and tests); an adapter for
 * a real SMS provider can replace it.
 */
public interface SmsGateway {

    void send(String mobile, String text, String sender);
}
