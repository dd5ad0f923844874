package com.followupbot.stats;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws a {@link MonthlySeries} as a PNG, sized for a chat preview (16:9, 1200×675 by default): the counts
 * as grouped bars on the left axis, the percentages as a line on a 0–100 axis on the right, months named
 * in the user's language ("gen", "feb" in Italian). Every word on it comes from the series: the caller
 * translates, the chart only draws. Thread-safe: each render builds its own chart.
 */
public final class StatsChart {

    private static final Logger log = LoggerFactory.getLogger(StatsChart.class);

    public static final int DEFAULT_WIDTH = 1200;
    public static final int DEFAULT_HEIGHT = 675;
    /** Below this the count axis still spans 0–5, so a quiet year shows low bars, not bars up to the roof. */
    private static final int SMALLEST_COUNT_RANGE = 5;
    /** Okabe–Ito colours: told apart with every common colour blindness, and in greyscale print. */
    private static final Color[] BARS = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0x56B4E9), new Color(0xF0E442)};
    private static final Color[] LINES = {new Color(0xD55E00), new Color(0x000000)};
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 30);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 18);

    static {
        // The bot never opens a window. Without this a chart drawn on a developer's Mac would start the GUI
        // toolkit (a Dock icon, a focus steal); Linux servers without DISPLAY are headless anyway. Set only when
        // unset, so whoever launches the JVM keeps the last word; it must happen before Java2D first starts,
        // which in the bot is here.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final int width;
    private final int height;

    public StatsChart() {
        this(DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    public StatsChart(int width, int height) {
        if (width < 200 || height < 150 || width > 4000 || height > 4000) {
            throw new IllegalArgumentException("a chart between 200×150 and 4000×4000 pixels, not " + width + "×" + height);
        }
        this.width = width;
        this.height = height;
    }

    /** The chart as PNG bytes, months named in {@code locale}. */
    public byte[] render(MonthlySeries data, Locale locale) {
        JFreeChart chart = chart(data, locale);
        BufferedImage image = chart.createBufferedImage(width, height);
        try {
            byte[] png = ChartUtils.encodeAsPNG(image);
            log.debug("rendered a {}×{} chart of {} months and {} series: {} bytes", width, height, data.months().size(),
                    data.series().size(), png.length);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed in memory", e); // no file or network involved
        }
    }

    private JFreeChart chart(MonthlySeries data, Locale locale) {
        List<MonthKey> months = MonthKey.of(data.months(), locale);
        CategoryPlot plot = new CategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
        plot.setDomainAxis(monthAxis());
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // the line over the bars

        List<Series> counts = data.ofKind(Series.Kind.COUNT);
        plot.setDataset(0, dataset(counts, months));
        plot.setRenderer(0, bars(counts.size()));
        plot.setRangeAxis(0, countAxis(data.countAxis(), counts, locale));

        List<Series> percents = data.ofKind(Series.Kind.PERCENT);
        if (!percents.isEmpty()) {
            plot.setDataset(1, dataset(percents, months));
            plot.setRenderer(1, line(percents.size()));
            plot.setRangeAxis(1, percentAxis(data.percentAxis(), locale));
            plot.mapDatasetToRangeAxis(1, 1);
        }

        JFreeChart chart = new JFreeChart(data.title().isEmpty() ? null : data.title(), TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(LABEL);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setItemLabelPadding(new org.jfree.chart.ui.RectangleInsets(2, 4, 2, 18)); // room between the entries
        return chart;
    }

    private static DefaultCategoryDataset dataset(List<Series> series, List<MonthKey> months) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Series one : series) {
            for (int i = 0; i < months.size(); i++) {
                dataset.addValue(one.values().get(i), one.label(), months.get(i));
            }
        }
        return dataset;
    }

    private static CategoryAxis monthAxis() {
        CategoryAxis axis = new CategoryAxis();
        axis.setTickLabelFont(TICKS);
        axis.setMaximumCategoryLabelLines(2); // "gen 2026" breaks at its space when thirteen months crowd the axis
        axis.setCategoryMargin(0.25);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        return axis;
    }

    private static NumberAxis countAxis(String label, List<Series> counts, Locale locale) {
        NumberAxis axis = new NumberAxis(label.isEmpty() ? null : label);
        style(axis);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale)); // nobody gives half a referral
        axis.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale));
        double highest = counts.stream().flatMap(one -> one.values().stream())
                .filter(java.util.Objects::nonNull).mapToDouble(Number::doubleValue).max().orElse(0);
        if (highest < SMALLEST_COUNT_RANGE) {
            axis.setRange(0, SMALLEST_COUNT_RANGE); // also what an all-zero year needs: an axis, not a degenerate range
        } else {
            axis.setAutoRangeIncludesZero(true);
        }
        return axis;
    }

    private static NumberAxis percentAxis(String label, Locale locale) {
        NumberAxis axis = new NumberAxis(label.isEmpty() ? null : label);
        style(axis);
        axis.setRange(0, 105); // a little headroom, so a 100 % month is not drawn on the frame
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(20, percentFormat(locale)));
        return axis;
    }

    /** Ticks 0 % … 100 %: the values are percentages already, so the format must not multiply them by 100. */
    private static NumberFormat percentFormat(Locale locale) {
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(0);
        if (percent instanceof java.text.DecimalFormat decimal) { // what the JDK returns for every locale
            decimal.setMultiplier(1);
        }
        return percent;
    }

    private static void style(NumberAxis axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICKS);
    }

    private static BarRenderer bars(int count) {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter()); // flat: the default gradient blurs at chat-preview size
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.04);
        for (int i = 0; i < count; i++) {
            renderer.setSeriesPaint(i, colour(BARS, i));
        }
        return renderer;
    }

    private static LineAndShapeRenderer line(int count) {
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < count; i++) {
            renderer.setSeriesPaint(i, colour(LINES, i));
            renderer.setSeriesStroke(i, new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
        }
        return renderer;
    }

    private static Paint colour(Color[] palette, int index) {
        return palette[index % palette.length];
    }

    /**
     * A month on the axis: ordered by the month, shown by its label (JFreeChart shows a category's
     * toString). The year goes on the first month and on each January, so thirteen months starting in
     * March name two different Marches differently.
     */
    record MonthKey(YearMonth month, String label) implements Comparable<MonthKey> {

        static List<MonthKey> of(List<YearMonth> months, Locale locale) {
            DateTimeFormatter name = DateTimeFormatter.ofPattern("LLL", locale); // standalone form: "gen", not "gennaio"
            return java.util.stream.IntStream.range(0, months.size()).mapToObj(i -> {
                YearMonth month = months.get(i);
                boolean withYear = i == 0 || month.getMonthValue() == 1;
                String label = name.format(month) + (withYear ? " " + month.getYear() : "");
                return new MonthKey(month, label);
            }).toList();
        }

        @Override
        public int compareTo(MonthKey other) {
            return month.compareTo(other.month);
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
