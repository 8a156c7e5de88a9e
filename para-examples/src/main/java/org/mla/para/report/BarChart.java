package org.mla.para.report;

import java.util.Map;

/** A small horizontal bar chart as inline SVG: no script, no external asset. */
final class BarChart {

    private static final int BAR_HEIGHT = 18;
    private static final int GAP = 6;
    private static final int LABEL_WIDTH = 250;
    private static final int BAR_WIDTH = 220;

    private BarChart() {
    }

    static String svg(String title, Map<String, Integer> values) {
        int most = Math.max(1, values.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        int height = Math.max(1, values.size()) * (BAR_HEIGHT + GAP);
        int width = LABEL_WIDTH + BAR_WIDTH + 50;
        StringBuilder svg = new StringBuilder("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" aria-label=\"")
                .append(ReviewBoardReport.escape(title)).append("\">\n");
        int y = 0;
        for (Map.Entry<String, Integer> value : values.entrySet()) {
            int length = value.getValue() * BAR_WIDTH / most;
            svg.append("<text x=\"0\" y=\"").append(y + BAR_HEIGHT - 5).append("\" font-size=\"12\">")
                    .append(ReviewBoardReport.escape(value.getKey())).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(length)
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"#3b6ea8\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + length + 4).append("\" y=\"").append(y + BAR_HEIGHT - 5)
                    .append("\" font-size=\"12\" class=\"value\">").append(value.getValue()).append("</text>\n");
            y += BAR_HEIGHT + GAP;
        }
        return svg.append("</svg>\n<figcaption>").append(ReviewBoardReport.escape(title)).append("</figcaption>\n</figure>\n")
                .toString();
    }
}
