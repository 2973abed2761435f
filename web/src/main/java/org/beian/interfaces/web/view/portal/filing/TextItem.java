package org.beian.interfaces.web.view.portal.filing;

import java.io.Serializable;

/** One input of a list the user extends ("+ 添加域名"): a holder, so each row binds to its own value. */
public class TextItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private String value;

    public TextItem() {}

    TextItem(String value) {
        this.value = value;
    }

    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
}
