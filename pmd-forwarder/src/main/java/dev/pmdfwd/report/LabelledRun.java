package dev.pmdfwd.report;

/**
 * A loaded report directory and the label a page shows for it, e.g. "before" or "testpmd".
 *
 * @param label the run's name on the page; by default the directory's name
 */
public record LabelledRun(String label, ReportDirectory directory) {
    /** The run under its directory's name. */
    public static LabelledRun of(ReportDirectory directory) {
        return new LabelledRun(directory.name(), directory);
    }
}
