-- The overall level (0-4, at most 2 while a legal duty is unmet), the number of unmet legal duties (VIOLATION
-- findings) and, per topic, the finding that capped its level below what its percentage gives. Results stored
-- before this change are backfilled from their topic rows and findings.
ALTER TABLE assessment_result ADD COLUMN overall_level INT NULL;
ALTER TABLE assessment_result ADD COLUMN unmet_duties INT NULL;
ALTER TABLE topic_score ADD COLUMN capped_by VARCHAR(40) NULL;

UPDATE assessment_result SET unmet_duties = (SELECT COUNT(*) FROM finding
    WHERE finding.result_id = assessment_result.id AND finding.severity = 'VIOLATION');

UPDATE assessment_result SET overall_level = CASE WHEN overall >= 75 THEN 3 WHEN overall >= 50 THEN 2
    WHEN overall >= 25 THEN 1 ELSE 0 END;

UPDATE assessment_result SET overall_level = 4 WHERE overall_level = 3
    AND EXISTS (SELECT 1 FROM topic_score WHERE topic_score.result_id = assessment_result.id AND topic_score.max_points > 0)
    AND NOT EXISTS (SELECT 1 FROM topic_score WHERE topic_score.result_id = assessment_result.id
                    AND topic_score.max_points > 0 AND topic_score.level < 4);

UPDATE assessment_result SET overall_level = 2 WHERE overall_level > 2 AND unmet_duties > 0;

UPDATE topic_score SET capped_by = (SELECT MIN(finding.rule_id) FROM finding
    WHERE finding.result_id = topic_score.result_id AND finding.topic = topic_score.topic AND finding.severity = 'VIOLATION')
WHERE level <= 2 AND level < CASE WHEN percentage >= 75 THEN 3 WHEN percentage >= 50 THEN 2
    WHEN percentage >= 25 THEN 1 ELSE 0 END;

UPDATE topic_score SET capped_by = (SELECT MIN(finding.rule_id) FROM finding
    WHERE finding.result_id = topic_score.result_id AND finding.topic = topic_score.topic AND finding.severity = 'WARNING')
WHERE capped_by IS NULL AND level < CASE WHEN percentage >= 75 THEN 3 WHEN percentage >= 50 THEN 2
    WHEN percentage >= 25 THEN 1 ELSE 0 END;

UPDATE topic_score SET capped_by = (SELECT MIN(finding.rule_id) FROM finding
    WHERE finding.result_id = topic_score.result_id AND finding.topic = topic_score.topic)
WHERE capped_by IS NULL AND level < CASE WHEN percentage >= 75 THEN 3 WHEN percentage >= 50 THEN 2
    WHEN percentage >= 25 THEN 1 ELSE 0 END;
