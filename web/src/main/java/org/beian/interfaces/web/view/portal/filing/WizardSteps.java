package org.beian.interfaces.web.view.portal.filing;

/**
 * The wizard's steps (the seed's 1 主体信息 … 6 备案完成): the first four are the wizard's own pages, the
 * rest are shown so the applicant sees what follows submission. A field path belongs to the step
 * whose page holds it.
 */
enum WizardSteps {
    SUBJECT, WEBSITES, DOCUMENTS, CONFIRM;

    static WizardSteps ofField(String field) {
        if (field.startsWith("documents.")) {
            return DOCUMENTS;
        }
        if (field.startsWith("websites")) {
            return WEBSITES;
        }
        // The order as a whole (its type, another order in progress) is shown where it is submitted.
        return field.startsWith("subject") ? SUBJECT : CONFIRM;
    }
}
