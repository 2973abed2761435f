package org.beian.domain.model.check.name;

import java.util.Collection;
import java.util.List;
import org.beian.domain.model.check.Problem;

/**
 * Finance keywords: a website or organisation name containing one needs the financial regulator's
 * approval document (beyond-the-seed §2.11).
 */
public final class FinanceKeywords {

    public static final List<String> DEFAULT_KEYWORDS = List.of(
            "交易所", "交易中心", "金融", "资产管理", "理财", "基金", "投资管理", "财富管理",
            "网贷", "网络借贷", "P2P", "股权众筹", "互联网保险", "支付", "信托");

    private final Keywords keywords;

    public FinanceKeywords(Collection<String> keywords) {
        this.keywords = new Keywords(keywords);
    }

    public static FinanceKeywords defaults() {
        return new FinanceKeywords(DEFAULT_KEYWORDS);
    }

    /** One problem per keyword found ("金融资产管理" names both). */
    public List<Problem> check(String name) {
        return keywords.foundIn(name).stream().map(word -> Problem.of(NameProblem.NAME_FINANCE_KEYWORD, word)).toList();
    }
}
