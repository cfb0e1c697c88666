package io.hirehub.registry;

/** Small schemas for registry tests: versions of one record evolving in good and bad ways. */
final class TestSchemas {

    static final String V1 = """
            {"type":"record","name":"Candidate","namespace":"io.hirehub.test","fields":[
             {"name":"id","type":"string"},{"name":"name","type":"string"}]}""";

    /** V1 + an optional field with a default: BACKWARD compatible. */
    static final String V2_OPTIONAL = """
            {"type":"record","name":"Candidate","namespace":"io.hirehub.test","fields":[
             {"name":"id","type":"string"},{"name":"name","type":"string"},
             {"name":"email","type":["null","string"],"default":null}]}""";

    /** V1 + a required field without default: not BACKWARD compatible. */
    static final String V2_REQUIRED = """
            {"type":"record","name":"Candidate","namespace":"io.hirehub.test","fields":[
             {"name":"id","type":"string"},{"name":"name","type":"string"},
             {"name":"age","type":"int"}]}""";

    /** V1 without {@code name}: BACKWARD compatible, not FORWARD (old readers need name). */
    static final String V2_DROPPED_NAME = """
            {"type":"record","name":"Candidate","namespace":"io.hirehub.test","fields":[
             {"name":"id","type":"string"}]}""";

    static final String OTHER = """
            {"type":"record","name":"Company","namespace":"io.hirehub.test","fields":[
             {"name":"id","type":"string"}]}""";

    private TestSchemas() {}
}
