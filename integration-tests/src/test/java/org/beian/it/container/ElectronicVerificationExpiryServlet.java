package org.beian.it.container;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.Instant;
import org.beian.domain.model.verification.ElectronicVerification;

/**
 * Test support, deployed only in the test WAR: lets the open electronic verification codes of an order
 * run out now ({@code POST /beian-tests/everify-expiry?order=…}), as ten minutes would, so a browser test
 * sees an expired code without waiting. Answers how many codes it expired.
 */
@WebServlet("/everify-expiry")
public class ElectronicVerificationExpiryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String order = request.getParameter("order");
        if (order == null || !order.matches("\\d{6,20}")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        int expired;
        try {
            tx.begin();
            expired = em.createQuery("UPDATE ElectronicVerification v SET v.expiresAt = :past, v.version = v.version + 1 "
                            + "WHERE v.orderNumber = :order AND v.state = :open")
                    .setParameter("past", Instant.now().minusSeconds(1)).setParameter("order", order)
                    .setParameter("open", ElectronicVerification.State.OPEN).executeUpdate();
            tx.commit();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot expire the codes of order " + order, e);
        }
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write(String.valueOf(expired));
    }
}
