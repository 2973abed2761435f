package org.beian.domain.model.reference;

import java.net.IDN;
import java.util.Locale;
import org.beian.domain.model.check.Text;
import org.beian.domain.model.check.domain.DomainName;

/**
 * A domain suffix as an administrator types it (".中国", "XN--FIQS8S", "com.cn"), in the two forms the
 * desk keeps: Unicode to show, ASCII (punycode, IDNA with the STD3 rules) to compare. Only a suffix the
 * public suffix list knows as a registry's (ICANN section) is accepted: a domain's suffix is looked up
 * there before it is compared with the fileable ones, so any other entry would never match.
 */
public record FileableSuffix(String unicode, String ascii, boolean countryCode, boolean secondLevel) {

    /** The column width of both forms. */
    private static final int MAX_LENGTH = 64;

    /** @throws RefusedInputException on field {@code suffix} */
    public static FileableSuffix parse(String raw) {
        String text = Text.fold(raw).toLowerCase(Locale.ROOT).replace('。', '.');
        while (text.startsWith(".")) {
            text = text.substring(1);
        }
        if (text.isEmpty() || text.endsWith(".") || text.contains("..")) {
            throw new RefusedInputException("suffix", "error.tld.format");
        }
        String ascii;
        try {
            ascii = IDN.toASCII(text, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new RefusedInputException("suffix", "error.tld.format");
        }
        if (DomainName.invalidAceLabel(ascii).isPresent()) {
            throw new RefusedInputException("suffix", "error.tld.format");
        }
        String unicode = IDN.toUnicode(ascii);
        if (ascii.length() > MAX_LENGTH || unicode.length() > MAX_LENGTH) {
            throw new RefusedInputException("suffix", "error.tld.length", MAX_LENGTH);
        }
        DomainName name = DomainName.parse(ascii).orElseThrow(() -> new RefusedInputException("suffix", "error.tld.format"));
        if (!name.isRegistrySuffix()) {
            throw new RefusedInputException("suffix", "error.tld.notRegistrySuffix", unicode);
        }
        return new FileableSuffix(unicode, ascii, name.isCountryCode(), ascii.contains("."));
    }
}
