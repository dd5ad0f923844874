package com.followupbot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file is checked once, where it is made, so no port has to guess what it may receive. */
class OutboundFileTest {

    private static final byte[] CSV = "name,met\nAnna Rossi,2026-03-12\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aNameWithAPathInItIsRefused() {
        for (String name : new String[] {"", "  ", "../slips.csv", "a/b.csv", "a\\b.csv", "..", "slips\n.csv"}) {
            assertThatThrownBy(() -> OutboundFile.csv(name, CSV, "")).as(name).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void contentMustBeThereAndNotTooLarge() {
        assertThatThrownBy(() -> OutboundFile.csv("slips.csv", new byte[0], "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutboundFile.png("chart.png", new byte[OutboundFile.MAX_BYTES + 1], ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(OutboundFile.png("chart.png", new byte[OutboundFile.MAX_BYTES], "").size()).isEqualTo(OutboundFile.MAX_BYTES);
    }

    @Test
    void theBytesAreCopiedInAndOut() {
        byte[] bytes = CSV.clone();
        OutboundFile file = OutboundFile.csv("slips.csv", bytes, null);
        bytes[0] = 'X';
        file.content()[1] = 'Y';

        assertThat(file.content()).isEqualTo(CSV);
        assertThat(file.caption()).isEmpty();
        assertThat(file.hasCaption()).isFalse();
        assertThat(file).isEqualTo(OutboundFile.csv("slips.csv", CSV, ""));
        assertThat(file.toString()).doesNotContain("Anna");
    }

    @Test
    void pngAndJpegAreImagesTheRestDocuments() {
        assertThat(OutboundFile.png("chart.png", CSV, "Your month").isImage()).isTrue();
        assertThat(new OutboundFile("photo.jpg", " IMAGE/JPEG ", CSV, "").isImage()).isTrue();
        assertThat(new OutboundFile("chart.svg", "image/svg+xml", CSV, "").isImage()).isFalse();
        assertThat(OutboundFile.csv("slips.csv", CSV, "").isImage()).isFalse();
    }
}
