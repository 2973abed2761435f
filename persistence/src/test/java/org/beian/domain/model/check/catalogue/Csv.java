package org.beian.domain.model.check.catalogue;

import java.util.ArrayList;
import java.util.List;

/** CSV cells, honouring double quotes (a quoted cell may hold commas). */
final class Csv {

    private Csv() {}

    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }
}
