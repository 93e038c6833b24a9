package nl.vptscan.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The incidents of one type ({@code dimension} "type") or job group ("job_group") of an import, in order. */
@MappedEntity("registration_count")
record CountRow(@Id @GeneratedValue @Nullable Long id, long importId, String dimension, int seq, String label,
                int incidents) {

    static final String TYPE = "type";
    static final String JOB_GROUP = "job_group";
}
