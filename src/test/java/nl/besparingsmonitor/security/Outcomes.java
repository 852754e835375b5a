package nl.besparingsmonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.besparingsmonitor.ingest.ParsedWorkbook;
import nl.besparingsmonitor.validation.ValidationIssue;

/** Assertions shared by the hostile-input tests. */
final class Outcomes {

    private Outcomes() {
    }

    static List<ValidationIssue> errors(ParsedWorkbook parsed) {
        return parsed.issues().stream().filter(ValidationIssue::isError).toList();
    }

    /** Rejected, nothing loaded, and one error with this rule whose message names every given text. */
    static ValidationIssue rejectedWith(ParsedWorkbook parsed, String rule, String... named) {
        assertThat(parsed.accepted()).as("accepted: %s", parsed.issues()).isFalse();
        assertThat(parsed.facts()).isNull();
        ValidationIssue issue = errors(parsed).stream().filter(i -> rule.equals(i.rule())).findFirst()
                .orElseThrow(() -> new AssertionError("no error '" + rule + "' in " + parsed.issues()));
        assertThat(issue.message()).isNotBlank();
        for (String text : named) {
            assertThat(issue.message()).contains(text);
        }
        return issue;
    }

    static void acceptedWithoutErrors(ParsedWorkbook parsed) {
        assertThat(errors(parsed)).isEmpty();
        assertThat(parsed.accepted()).isTrue();
    }
}
