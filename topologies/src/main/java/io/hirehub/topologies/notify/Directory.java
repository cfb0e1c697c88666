package io.hirehub.topologies.notify;

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
import java.util.List;
import java.util.Optional;

/**
 * The entity rows the notifications read, as the CDC changelogs have them (in the topology: global
 * state stores). Lookups return what is known now; a row that has not arrived yet is empty.
 */
public interface Directory {

    Optional<Application> application(String id);

    Optional<Interview> interview(String id);

    Optional<Job> job(String id);

    Optional<Company> company(String id);

    Optional<User> user(String id);

    Optional<Resume> resume(String id);

    Optional<JobseekerProfile> profileOf(String userId);

    Optional<UserNotificationSettings> settingsOf(String userId);

    List<CompanyMember> membersOf(String companyId);

    List<DeviceToken> tokensOf(String userId);

    /** The active templates of {@code event}, any channel. */
    List<NotificationTemplate> templates(NotifyEventType event);
}
