package nl.besparingsmonitor.store;

import java.time.LocalDate;

/**
 * A rejected delivery that would have replaced the figures the report still shows: its organisation
 * and kind have a current version with an older Peildatum (or, when the rejected file's Peildatum was
 * unreadable, one loaded before it arrived), or no version at all.
 *
 * @param file             the rejected file as recorded
 * @param currentPeildatum the Peildatum of the version the report shows instead; {@code null} when
 *                         that organisation has never had a file of this kind loaded
 */
public record OutstandingRejection(ReceivedFileRecord file, LocalDate currentPeildatum) {

    /** Whether the report holds nothing of this organisation and kind, rather than older figures. */
    public boolean nothingLoaded() {
        return currentPeildatum == null;
    }
}
