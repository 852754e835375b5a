package nl.besparingsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The restartable inbox reader on a real folder. */
class InboxItemReaderTest {

    @TempDir
    Path inbox;

    @Test
    void aRestartContinuesWithTheSameListOfFilesAfterTheLastCommittedOne() throws Exception {
        for (String name : List.of("b.xlsx", "c.xlsx", "d.xlsx", "e.xlsx")) {
            Files.writeString(inbox.resolve(name), name);
        }
        ExecutionContext context = new ExecutionContext();
        InboxItemReader first = new InboxItemReader(inbox, Duration.ZERO);
        first.open(context);
        assertThat(first.read().path().getFileName()).hasToString("b.xlsx");
        assertThat(first.read().path().getFileName()).hasToString("c.xlsx");
        first.update(context); // the chunk with b and c committed; then the process dies

        Files.writeString(inbox.resolve("a.xlsx"), "dropped in between");
        Files.delete(inbox.resolve("d.xlsx")); // moved away in between
        InboxItemReader restarted = new InboxItemReader(inbox, Duration.ZERO);
        restarted.open(context);

        List<String> rest = new ArrayList<>();
        for (InboxItemReader.Item item; (item = restarted.read()) != null; ) {
            rest.add(item.path().getFileName() + " " + item.position() + "/" + item.total());
        }
        assertThat(rest).containsExactly("e.xlsx 4/4");
    }

    @Test
    void withASettleTimeAFileChangedJustNowIsLeftForALaterRun() throws Exception {
        Path old = Files.writeString(inbox.resolve("klaar.xlsx"), "x");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(600)));
        Files.writeString(inbox.resolve("bezig.xlsx"), "still being copied");

        InboxItemReader reader = new InboxItemReader(inbox, Duration.ofMinutes(2));
        reader.open(new ExecutionContext());

        assertThat(reader.read().path().getFileName()).hasToString("klaar.xlsx");
        assertThat(reader.read()).isNull();
    }

    @Test
    void largestFilesComeFirstAndEqualSizesInNameOrder() throws Exception {
        Files.writeString(inbox.resolve("a-klein.xlsx"), "x");
        Files.writeString(inbox.resolve("b-groot.xlsx"), "x".repeat(5_000));
        Files.writeString(inbox.resolve("c-middel.xlsx"), "x".repeat(100));
        Files.writeString(inbox.resolve("d-middel.xlsx"), "y".repeat(100));

        InboxItemReader reader = new InboxItemReader(inbox, Duration.ZERO);
        reader.open(new ExecutionContext());

        List<String> order = new ArrayList<>();
        for (InboxItemReader.Item item; (item = reader.read()) != null; ) {
            order.add(item.path().getFileName().toString());
        }
        assertThat(order).containsExactly("b-groot.xlsx", "c-middel.xlsx", "d-middel.xlsx", "a-klein.xlsx");
    }
}
