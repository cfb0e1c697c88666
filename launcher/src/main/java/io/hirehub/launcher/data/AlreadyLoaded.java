package io.hirehub.launcher.data;

/** What a seed run does with entities of its plan that an earlier run of the same seed already wrote. */
public enum AlreadyLoaded {
    /** Write them again, so the database refuses the duplicate ids: {@code hirehub seed} run twice. */
    REFUSE,
    /** Skip them and write the rest: {@code dev --demo} going on after a crash interrupted its load. */
    SKIP
}
