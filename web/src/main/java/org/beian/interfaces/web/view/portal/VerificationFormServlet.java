package org.beian.interfaces.web.view.portal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.beian.application.BusinessException;
import org.beian.application.desk.ApplicantDesk;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.LocaleSelection;

/**
 * /portal/verification-form?order=…: the order's 网站备案信息真实性核验单 as a PDF, pre-filled from what the
 * order holds now (the wizard saves before it links here), in the page's language.
 */
@WebServlet("/portal/verification-form")
public class VerificationFormServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicantDesk applicant;

    @Inject
    private Callers callers;

    @Inject
    private LocaleSelection localeSelection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String order = request.getParameter("order");
        if (order == null || !order.matches("\\d{6,20}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = applicant.verificationForm(callers.current(), order, localeSelection.getLocale());
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = URLEncoder.encode("网站备案信息真实性核验单-" + order + ".pdf", StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"verification-form-" + order + ".pdf\"; filename*=UTF-8''" + name);
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(pdf);
    }
}
