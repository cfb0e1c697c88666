package io.hirehub.topologies.resume.summary;

import io.hirehub.topologies.resume.parse.ParsedResume;

/** Writes {@code resumes.ai_summary} from MASKED text and its parse result. */
public interface Summarizer {

    Summary summarize(String maskedText, ParsedResume parsed);
}
