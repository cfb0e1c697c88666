package io.hirehub.topologies.notify.topology;

import io.hirehub.avro.entity.Application;
import io.hirehub.avro.entity.Company;
import io.hirehub.avro.entity.CompanyMember;
import io.hirehub.avro.entity.DeviceToken;
import io.hirehub.avro.entity.Interview;
import io.hirehub.avro.entity.Job;
import io.hirehub.avro.entity.JobseekerProfile;
import io.hirehub.avro.entity.NotificationTemplate;
import io.hirehub.avro.entity.Resume;
import io.hirehub.avro.entity.User;
import io.hirehub.avro.entity.UserNotificationSettings;
import io.hirehub.topologies.notify.Directory;
import io.hirehub.topologies.notify.NotifyEventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/** The {@link Directory} over the topology's global stores (CDC changelogs and the index topics). */
final class StoreDirectory implements Directory {

    private static final StringSerializer KEYS = new StringSerializer();

    private final TimestampedKeyValueStore<String, Application> applications;
    private final TimestampedKeyValueStore<String, Interview> interviews;
    private final TimestampedKeyValueStore<String, Job> jobs;
    private final TimestampedKeyValueStore<String, Company> companies;
    private final TimestampedKeyValueStore<String, User> users;
    private final TimestampedKeyValueStore<String, Resume> resumes;
    private final TimestampedKeyValueStore<String, NotificationTemplate> templates;
    private final TimestampedKeyValueStore<String, CompanyMember> members;
    private final TimestampedKeyValueStore<String, DeviceToken> tokens;
    private final TimestampedKeyValueStore<String, UserNotificationSettings> settings;
    private final TimestampedKeyValueStore<String, JobseekerProfile> profiles;

    StoreDirectory(final ProcessorContext<?, ?> context) {
        applications = context.getStateStore(NotifyNames.APPLICATIONS);
        interviews = context.getStateStore(NotifyNames.INTERVIEWS);
        jobs = context.getStateStore(NotifyNames.JOBS);
        companies = context.getStateStore(NotifyNames.COMPANIES);
        users = context.getStateStore(NotifyNames.USERS);
        resumes = context.getStateStore(NotifyNames.RESUMES);
        templates = context.getStateStore(NotifyNames.TEMPLATES);
        members = context.getStateStore(NotifyNames.MEMBERS_BY_COMPANY);
        tokens = context.getStateStore(NotifyNames.TOKENS_BY_USER);
        settings = context.getStateStore(NotifyNames.SETTINGS_BY_USER);
        profiles = context.getStateStore(NotifyNames.PROFILES_BY_USER);
    }

    @Override
    public Optional<Application> application(final String id) {
        return get(applications, id);
    }

    @Override
    public Optional<Interview> interview(final String id) {
        return get(interviews, id);
    }

    @Override
    public Optional<Job> job(final String id) {
        return get(jobs, id);
    }

    @Override
    public Optional<Company> company(final String id) {
        return get(companies, id);
    }

    @Override
    public Optional<User> user(final String id) {
        return get(users, id);
    }

    @Override
    public Optional<Resume> resume(final String id) {
        return get(resumes, id);
    }

    @Override
    public Optional<JobseekerProfile> profileOf(final String userId) {
        return prefix(profiles, userId).stream().findFirst();
    }

    @Override
    public Optional<UserNotificationSettings> settingsOf(final String userId) {
        return prefix(settings, userId).stream().findFirst();
    }

    @Override
    public List<CompanyMember> membersOf(final String companyId) {
        return prefix(members, companyId);
    }

    @Override
    public List<DeviceToken> tokensOf(final String userId) {
        return prefix(tokens, userId);
    }

    @Override
    public List<NotificationTemplate> templates(final NotifyEventType event) {
        final List<NotificationTemplate> out = new ArrayList<>();
        try (KeyValueIterator<String, ValueAndTimestamp<NotificationTemplate>> it = templates.all()) {
            while (it.hasNext()) {
                final NotificationTemplate t = it.next().value.value();
                if (NotifyEventType.fromName(t.getEventType())
                        .filter(event::equals)
                        .isPresent()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static <V> Optional<V> get(final TimestampedKeyValueStore<String, V> store, final String key) {
        if (key == null) {
            return Optional.empty();
        }
        final ValueAndTimestamp<V> v = store.get(key);
        return v == null ? Optional.empty() : Optional.ofNullable(v.value());
    }

    private static <V> List<V> prefix(final TimestampedKeyValueStore<String, V> store, final String foreignKey) {
        final List<V> out = new ArrayList<>();
        if (foreignKey == null) {
            return out;
        }
        try (KeyValueIterator<String, ValueAndTimestamp<V>> it = store.prefixScan(foreignKey + ":", KEYS)) {
            while (it.hasNext()) {
                final KeyValue<String, ValueAndTimestamp<V>> kv = it.next();
                out.add(kv.value.value());
            }
        }
        return out;
    }
}
