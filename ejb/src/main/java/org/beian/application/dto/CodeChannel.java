package org.beian.application.dto;

/** Where a registration code goes: to the e-mail address or to the mobile. */
public enum CodeChannel { EMAIL, MOBILE }
