package org.beian.application.dto;

import java.io.Serializable;
import java.util.List;

/**
 * What to enter on the national public-security platform (全国互联网安全管理服务平台) for one filed
 * website, section by section as the platform asks (网站信息, 接入服务商信息, 域名服务商信息, 其他信息):
 * each entry names the platform's field ({@code field}, a key the page labels in its language) and the
 * value to enter, in Chinese as the platform takes it; a null value is one the desk cannot know (the page
 * says what to enter instead), and {@code note}, when set, names a remark on how to fill the field.
 */
public record PublicSecurityGuide(String platformUrl, List<Section> sections) implements Serializable {

    public record Section(String key, List<Entry> entries) implements Serializable {}

    public record Entry(String field, String value, String note) implements Serializable {}
}
