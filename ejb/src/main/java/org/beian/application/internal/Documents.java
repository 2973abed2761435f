package org.beian.application.internal;

import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.beian.application.BusinessException;
import org.beian.application.NotFoundException;
import org.beian.application.OrderNotEditableException;
import org.beian.application.dto.DocumentView;
import org.beian.application.security.Authorization;
import org.beian.application.security.Caller;
import org.beian.domain.model.document.Document;
import org.beian.domain.model.document.DocumentKind;
import org.beian.domain.model.document.DocumentRepository;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.filing.OrderState;

/** The account's document library (资料库): upload once, attach to any of its orders. */
@ApplicationScoped
public class Documents {

    /** At most 2 MB (the bureau accepts nothing larger). */
    static final long MAX_BYTES = 2L * 1024 * 1024;
    /** Smaller images cannot be read (a certificate's number, a face). */
    static final int MIN_WIDTH = 400;
    static final int MIN_HEIGHT = 300;

    @Inject
    private DocumentRepository documents;

    @Inject
    private FilingOrderRepository orders;

    @Inject
    private Authorization authorization;

    public DocumentView upload(Caller caller, DocumentKind kind, String fileName, byte[] content) {
        long accountId = authorization.accountOf(caller).getId();
        if (content.length == 0) {
            throw new BusinessException("error.document.empty", fileName);
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("error.document.tooLarge", fileName, content.length / 1024);
        }
        BufferedImage image = isJpeg(content) ? decode(content) : null;
        if (image == null) {
            throw new BusinessException("error.document.notJpeg", fileName);
        }
        if (image.getWidth() < MIN_WIDTH || image.getHeight() < MIN_HEIGHT) {
            // A reviewer must be able to read every character of a certificate.
            throw new BusinessException("error.document.tooSmall", fileName, image.getWidth(), image.getHeight(), MIN_WIDTH, MIN_HEIGHT);
        }
        Document stored = documents.add(new Document(accountId, kind, fileName, "image/jpeg", content.length, sha256(content),
                image.getWidth(), image.getHeight(), Instant.now()), content);
        return new DocumentView(stored.getId(), kind, fileName, content.length, image.getWidth(), image.getHeight(), stored.getCreatedAt());
    }

    /**
     * Stores what a party outside the account made for it, into the account's library: the verification
     * photo (a JPEG within the bureau's 2 MB) and the electronic verification form (a PDF) that the
     * ministry's electronic verification platform sends. No size rule for the form: the platform makes it.
     */
    long receive(long accountId, DocumentKind kind, String fileName, byte[] content) {
        boolean pdf = kind == DocumentKind.ELECTRONIC_VERIFICATION_FORM;
        BufferedImage image = null;
        if (pdf) {
            if (content.length < 5 || !new String(content, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
                throw new BusinessException("error.document.notPdf", fileName);
            }
        } else {
            image = isJpeg(content) ? decode(content) : null;
            if (image == null) {
                throw new BusinessException("error.document.notJpeg", fileName);
            }
            if (content.length > MAX_BYTES) {
                throw new BusinessException("error.document.tooLarge", fileName, content.length / 1024);
            }
        }
        return documents.add(new Document(accountId, kind, fileName, pdf ? "application/pdf" : "image/jpeg", content.length,
                sha256(content), image == null ? null : image.getWidth(), image == null ? null : image.getHeight(), Instant.now()),
                content).getId();
    }

    public void attach(Caller caller, String orderNumber, long documentId, String purpose) {
        FilingOrder order = orders.getByNumber(orderNumber);
        authorization.requireOwnerOrStaff(caller, order);
        Document document = documents.find(documentId).orElseThrow(() -> new NotFoundException("document", String.valueOf(documentId)));
        if (document.getAccountId() != order.getAccountId()) {
            throw new org.beian.application.AccessDeniedException();
        }
        boolean photoStep = order.getState() == OrderState.AWAITING_PHOTO || order.getState() == OrderState.PHOTO_REJECTED;
        boolean underReview = !caller.isStaff() && order.materialsEditableUnderReview(Instant.now());
        if (!order.getState().isEditable() && !underReview && !(photoStep && document.getKind() == DocumentKind.CURTAIN_PHOTO)) {
            throw new OrderNotEditableException(orderNumber, order.getState().name());
        }
        order.attach(documentId, purpose, Instant.now());
    }

    public void detach(Caller caller, String orderNumber, String purpose) {
        FilingOrder order = orders.getByNumber(orderNumber);
        authorization.requireOwnerOrStaff(caller, order);
        if (!order.getState().isEditable()) {
            throw new OrderNotEditableException(orderNumber, order.getState().name());
        }
        order.detach(purpose, Instant.now());
    }

    public List<DocumentView> library(Caller caller, int first, int max) {
        return documents.listByAccount(authorization.accountOf(caller).getId(), first, max).stream().map(Documents::view).toList();
    }

    public byte[] content(Caller caller, long documentId) {
        Document document = documents.find(documentId).orElseThrow(() -> new NotFoundException("document", String.valueOf(documentId)));
        if (!caller.isStaff()) {
            authorization.requireOwner(caller, document.getAccountId());
        }
        return documents.content(documentId).orElseThrow(() -> new NotFoundException("document", String.valueOf(documentId)));
    }

    static DocumentView view(Document d) {
        return new DocumentView(d.getId(), d.getKind(), d.getFileName(), d.getSizeBytes(), d.getWidth(), d.getHeight(), d.getCreatedAt());
    }

    /** JPEG starts with FF D8 FF; decoding proves the rest is an image too. */
    private static boolean isJpeg(byte[] content) {
        return content.length > 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF;
    }

    private static BufferedImage decode(byte[] content) {
        try {
            return ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException e) {
            return null;
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
