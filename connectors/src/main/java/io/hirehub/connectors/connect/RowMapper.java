package io.hirehub.connectors.connect;

import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;

/**
 * Maps a Debezium row (the {@code after} struct of a change event) to the table's Avro entity
 * record, generically: every Avro field takes the column of the same name, converted to the Avro
 * type by {@link AvroValues}. A column the record does not declare is ignored (the record is the
 * contract); a record field with no column takes its default or null, else the row is unmappable.
 */
public final class RowMapper {

    private final Schema schema;

    public RowMapper(final Schema schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
        if (schema.getType() != Schema.Type.RECORD) {
            throw new IllegalArgumentException("entity schema must be a record, was " + schema.getType());
        }
    }

    public Schema schema() {
        return schema;
    }

    /** The row as a record of {@link #schema()}; throws {@link RowMappingException} naming the field. */
    public GenericData.Record map(final Struct row) {
        Objects.requireNonNull(row, "row");
        final GenericData.Record record = new GenericData.Record(schema);
        for (final Schema.Field field : schema.getFields()) {
            final Field column = row.schema().field(field.name());
            final Object value;
            if (column == null) {
                value = missing(field);
            } else {
                try {
                    value = AvroValues.convert(row.get(column), column.schema(), field.schema());
                } catch (final RowMappingException e) {
                    throw new RowMappingException(schema.getName() + "." + field.name() + ": " + e.getMessage(), e);
                } catch (final RuntimeException e) {
                    throw new RowMappingException(
                            schema.getName() + "." + field.name() + ": "
                                    + e.getClass().getSimpleName() + " " + e.getMessage(),
                            e);
                }
            }
            record.put(field.pos(), value);
        }
        return record;
    }

    private Object missing(final Schema.Field field) {
        if (field.hasDefaultValue()) {
            return GenericData.get().getDefaultValue(field);
        }
        if (AvroValues.isNullable(field.schema())) {
            return null;
        }
        throw new RowMappingException(schema.getName() + "." + field.name() + ": no column of that name in the row");
    }
}
