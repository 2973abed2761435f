package org.beian.interfaces.web.view.portal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.beian.application.BusinessException;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.desk.ReviewerDesk;
import org.beian.interfaces.security.Callers;

/**
 * An uploaded image (or the electronic verification form, a PDF), for thumbnails and the larger preview: /portal/document?id=… (under /portal/*, so
 * only applicants reach it; the applicant's desk checks the document is the caller's) and
 * /review/document?id=… (under /review/*: reviewers, through the reviewer's desk). Private caching only:
 * the bytes are personal data.
 */
@WebServlet({"/portal/document", "/review/document"})
public class DocumentImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicantDesk applicant;

    @Inject
    private ReviewerDesk reviewer;

    @Inject
    private Callers callers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] image;
        try {
            image = request.getServletPath().startsWith("/review/") ? reviewer.documentContent(callers.current(), id)
                    : applicant.documentContent(callers.current(), id);
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Uploads are JPEGs; the electronic verification form the ministry's platform sends is a PDF.
        boolean pdf = image.length > 4 && image[0] == '%' && image[1] == 'P' && image[2] == 'D' && image[3] == 'F';
        response.setContentType(pdf ? "application/pdf" : "image/jpeg");
        response.setContentLength(image.length);
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.getOutputStream().write(image);
    }
}
