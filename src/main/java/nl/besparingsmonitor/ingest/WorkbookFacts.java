package nl.besparingsmonitor.ingest;

/** What a valid workbook contributes, by kind. */
public sealed interface WorkbookFacts permits ProposalFacts, RealisationFacts, KeyFacts {
}
