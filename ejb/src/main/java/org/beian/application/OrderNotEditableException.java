package org.beian.application;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class OrderNotEditableException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OrderNotEditableException(String orderNumber, String state) {
        super("error.order.notEditable", orderNumber, state);
    }
}
