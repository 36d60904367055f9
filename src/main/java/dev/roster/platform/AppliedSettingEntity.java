package dev.roster.platform;

import dev.roster.platform.persistence.IdentifiedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The configured value a start-up step last applied to the database, by setting key, kept only as its SHA-256
 * (never the value). A later start compares the configured value's hash with it and applies the setting again
 * only when they differ, so a restart never undoes what admins changed since.
 */
@Entity
@Table(name = "applied_setting")
@AttributeOverride(name = "id", column = @Column(name = "setting_key", length = 100))
public class AppliedSettingEntity extends IdentifiedEntity {

    @Column(name = "value_hash", nullable = false, length = 64)
    private String valueHash;

    @Column(name = "applied_at", nullable = false)
    private long appliedAt;

    protected AppliedSettingEntity() {}

    public AppliedSettingEntity(String settingKey, String valueHash, long appliedAt) {
        super(settingKey);
        applied(valueHash, appliedAt);
    }

    public String valueHash() {
        return valueHash;
    }

    public long appliedAt() {
        return appliedAt;
    }

    public void applied(String hash, long now) {
        this.valueHash = hash;
        this.appliedAt = now;
    }
}
