package org.beian.interfaces.web.i18n;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.Optional;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import org.beian.application.BusinessException;
import org.beian.application.TransitionRefusedException;
import org.beian.application.InvalidFieldException;

/**
 * Business failures of a Faces action (including {@code error.concurrentChange} after another tab
 * saved first) become an error message on the page, in the page's language, and the page renders
 * again with everything the user typed. Everything else goes on to the error pages.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Optional<BusinessException> business = businessCause(events.next().getContext().getException());
            if (business.isPresent() && context != null) {
                Messages.error(fieldOf(context, business.get()), business.get().getMessageKey(), arguments(business.get()));
                context.renderResponse();
                events.remove();
            }
        }
        getWrapped().handle();
    }

    /** A refused step names the order's state now in the reader's words (another tab may have moved it). */
    public static Object[] arguments(BusinessException failure) {
        Object[] arguments = failure.getArguments();
        if (failure instanceof TransitionRefusedException && arguments.length > 1 && arguments[1] != null
                && !String.valueOf(arguments[1]).isEmpty()) {
            Object[] named = arguments.clone();
            named[1] = Messages.text("state." + arguments[1]);
            return named;
        }
        return arguments;
    }

    /**
     * Where the message goes: a refused field ({@link InvalidFieldException}) on the page's input of the
     * same id (the pages name their inputs after the DTO's components), anything else page-wide.
     */
    private static String fieldOf(FacesContext context, BusinessException failure) {
        if (!(failure instanceof InvalidFieldException invalid) || context.getViewRoot() == null) {
            return null;
        }
        String[] found = new String[1];
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (component instanceof UIInput && invalid.getField().equals(component.getId())) {
                found[0] = component.getClientId(visit.getFacesContext());
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }

    /** The business failure behind a Faces, EL or EJB wrapper, if there is one. */
    public static Optional<BusinessException> businessCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BusinessException business) {
                return Optional.of(business);
            }
        }
        return Optional.empty();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
