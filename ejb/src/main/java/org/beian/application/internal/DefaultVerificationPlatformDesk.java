package org.beian.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.executable.ValidateOnExecution;
import org.beian.application.desk.VerificationPlatformDesk;

/** The electronic verification platform's answers, each in the caller's transaction (its stand-in's, or a callback's). */
@Stateless
@ValidateOnExecution // makes the validation extension see the constraints declared on the interface
@Interceptors(FailureTranslation.class)
public class DefaultVerificationPlatformDesk implements VerificationPlatformDesk {

    @Inject
    private ElectronicVerifications verifications;

    @Override
    public void passed(String reference, byte[] photo, byte[] form) {
        verifications.passed(reference, photo, form);
    }

    @Override
    public void failed(String reference, String reasonKey) {
        verifications.failed(reference, reasonKey);
    }
}
