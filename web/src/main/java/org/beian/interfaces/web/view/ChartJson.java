package org.beian.interfaces.web.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * A Chart.js configuration for {@code p:chart value}: one data set of figures over labels, as a bar
 * chart (vertical or, for long labels such as reasons, horizontal) or a line. Built with JSON-P, so
 * labels from applicants' data are escaped, never spliced into script.
 */
public final class ChartJson {

    private static final String COLOUR = "#1f6fb2";

    private ChartJson() {}

    public static String bar(String title, List<String> labels, List<Long> values) {
        return chart("bar", "x", title, labels, values);
    }

    public static String horizontalBar(String title, List<String> labels, List<Long> values) {
        return chart("bar", "y", title, labels, values);
    }

    public static String line(String title, List<String> labels, List<Long> values) {
        return chart("line", "x", title, labels, values);
    }

    private static String chart(String type, String indexAxis, String title, List<String> labels, List<Long> values) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(data::add);
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder()
                        .add("labels", labelArray)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", title).add("data", data)
                                .add("backgroundColor", COLOUR).add("borderColor", COLOUR).add("tension", 0.2))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", indexAxis)
                        .add("responsive", true).add("maintainAspectRatio", false)
                        // Redrawn on every refresh: no animation, so the figures do not bounce every few seconds.
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("x".equals(indexAxis) ? "y" : "x",
                                Json.createObjectBuilder().add("beginAtZero", true).add("ticks",
                                        Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
