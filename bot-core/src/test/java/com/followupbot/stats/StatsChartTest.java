package com.followupbot.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The chart is a real PNG of the asked size with something drawn on it, in English and Italian. */
class StatsChartTest {

    private static final Locale ITALIAN = Locale.ITALIAN;
    private static final List<YearMonth> YEAR = MonthlySeries.monthsUpTo(YearMonth.of(2026, 3), 13);

    @Test
    void theLastTwelveMonthsAndThisOneAreThirteenOldestFirst() {
        assertThat(YEAR).hasSize(13).startsWith(YearMonth.of(2025, 3)).endsWith(YearMonth.of(2026, 3));
    }

    @Test
    void aYearOfStatsRendersAsAPngInEnglish() throws IOException {
        BufferedImage image = decode(new StatsChart().render(stats("Your last 13 months", "On time", "Referrals given",
                "Referrals received", "One-to-ones", "count", "on time"), Locale.ENGLISH));

        assertThat(image.getWidth()).isEqualTo(StatsChart.DEFAULT_WIDTH);
        assertThat(image.getHeight()).isEqualTo(StatsChart.DEFAULT_HEIGHT);
        assertThat(distinctColours(image)).as("bars, a line, text: not a blank canvas").isGreaterThan(50);
    }

    @Test
    void aYearOfStatsRendersAsAPngInItalian() throws IOException {
        BufferedImage image = decode(new StatsChart(800, 450).render(stats("I tuoi ultimi 13 mesi", "Puntuali",
                "Referenze date", "Referenze ricevute", "Incontri one-to-one", "numero", "puntuali"), ITALIAN));

        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(450);
        assertThat(distinctColours(image)).isGreaterThan(50);
    }

    @Test
    void monthsAreNamedInTheUsersLanguageWithTheYearWhereItChanges() {
        List<YearMonth> winter = List.of(YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2));

        assertThat(StatsChart.MonthKey.of(winter, ITALIAN)).extracting(StatsChart.MonthKey::label)
                .containsExactly("dic 2025", "gen 2026", "feb");
        assertThat(StatsChart.MonthKey.of(winter, Locale.ENGLISH)).extracting(StatsChart.MonthKey::label)
                .containsExactly("Dec 2025", "Jan 2026", "Feb");
        assertThat(StatsChart.MonthKey.of(YEAR, Locale.ENGLISH)).extracting(StatsChart.MonthKey::label)
                .as("two Marches, told apart").doesNotHaveDuplicates();
    }

    @Test
    void aYearWithNothingInItRendersAllTheSame() throws IOException {
        List<Integer> zeros = Collections.nCopies(13, 0);
        List<Integer> nothingDue = Collections.nCopies(13, null);
        MonthlySeries empty = new MonthlySeries(YEAR, List.of(Series.percent("On time", nothingDue),
                Series.count("Referrals given", zeros), Series.count("One-to-ones", zeros)), "", "", "");

        BufferedImage image = decode(new StatsChart().render(empty, Locale.ENGLISH));

        assertThat(image.getWidth()).isEqualTo(StatsChart.DEFAULT_WIDTH);
        assertThat(distinctColours(image)).as("axes, ticks and legend still drawn").isGreaterThan(10);
    }

    @Test
    void aSeriesMustHaveOneValuePerMonth() {
        assertThatThrownBy(() -> new MonthlySeries(YEAR, List.of(Series.count("Referrals given", List.of(1, 2))), "", "", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Referrals given");
        assertThatThrownBy(() -> Series.count("Referrals given", List.of(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Counts that vary month to month, and an on-time share with one month where nothing was due. */
    private static MonthlySeries stats(String title, String onTime, String given, String received, String oneToOnes,
            String countAxis, String percentAxis) {
        List<Integer> onTimePercent = new ArrayList<>(List.of(80, 75, 90, 100, 60, 85, 70, 95, 88, 92, 78, 84, 90));
        onTimePercent.set(4, null);
        return new MonthlySeries(YEAR, List.of(
                Series.percent(onTime, onTimePercent),
                Series.count(given, List.of(2, 3, 1, 4, 0, 2, 5, 3, 2, 6, 4, 3, 1)),
                Series.count(received, List.of(1, 2, 2, 3, 1, 0, 4, 2, 3, 5, 2, 4, 2)),
                Series.count(oneToOnes, List.of(3, 4, 2, 5, 1, 3, 6, 4, 3, 7, 5, 4, 2))), title, countAxis, percentAxis);
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("ImageIO reads it").isNotNull();
        return image;
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
