-- Reminders by e-mail: a user's address, whether the user wants reminders, and the language they are written in.
ALTER TABLE app_user ADD COLUMN email VARCHAR(254) NULL;
ALTER TABLE app_user ADD COLUMN reminders BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE app_user ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'nl';

-- Each reminder is sent once: the row for a kind + subject + recipient + due date is inserted before the mail goes
-- out, so of several instances running the daily job only the one whose insert succeeds sends it; a failed send
-- deletes its row again, so the next run tries once more.
CREATE TABLE sent_reminder (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(40)  NOT NULL,
    subject      VARCHAR(80)  NOT NULL,
    recipient_id BIGINT       NOT NULL,
    due_on       DATE         NOT NULL,
    sent_at      TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_sent_reminder UNIQUE (kind, subject, recipient_id, due_on),
    CONSTRAINT fk_sent_reminder_user FOREIGN KEY (recipient_id) REFERENCES app_user (id) ON DELETE CASCADE
);
