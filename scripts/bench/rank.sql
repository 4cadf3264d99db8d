-- The work of `mon rank --top 20`: each project's latest assessment today, scored by model v1's
-- method with the weights and multipliers valid today, ordered as mon orders them.
WITH model AS (
    SELECT id FROM scoring_model WHERE valid_from <= strftime('%Y-%m-%dT23:59:59.999Z', 'now')
    ORDER BY valid_from DESC, id DESC LIMIT 1),
weight AS (SELECT criterion, weight FROM model_weight WHERE model_id = (SELECT id FROM model)),
latest AS (
    SELECT assessment.*, project.name,
           (SELECT focus_area.number FROM project_goal JOIN goal ON goal.id = project_goal.goal_id
            JOIN focus_area ON focus_area.id = goal.focus_area_id
            WHERE project_goal.project_id = project.id AND project_goal.is_primary = 1) AS area,
           assessment.direct_jobs * (SELECT multiplier FROM model_multiplier
                                     WHERE model_id = (SELECT id FROM model) AND sector = assessment.sector) AS jobs_total
    FROM assessment JOIN project ON project.id = assessment.project_id
    WHERE project.status NOT IN ('completed', 'cancelled')
      AND assessment.id = (SELECT latest.id FROM assessment AS latest
                           WHERE latest.project_id = assessment.project_id AND latest.assessed_on <= date('now')
                           ORDER BY latest.assessed_on DESC, latest.id DESC LIMIT 1)),
scored AS (
    SELECT project_id, name, area, request_ore, jobs_total, jobs_total * 1.5 AS population_effect,
           100.0 * (feasibility / 5.0) * (
               (SELECT weight FROM weight WHERE criterion = 'jobs') * 5 * min(1, ln(1 + jobs_total) / ln(101))
             + (SELECT weight FROM weight WHERE criterion = 'competence') * 5 * min(1, ln(1 + competence_jobs) / ln(26))
             + (SELECT weight FROM weight WHERE criterion = 'priority') * CASE WHEN direct_jobs = 0 THEN 0 ELSE 5.0 * priority_jobs / direct_jobs END
             + (SELECT weight FROM weight WHERE criterion = 'attractiveness') * attractiveness
             + (SELECT weight FROM weight WHERE criterion = 'green') * green
             + (SELECT weight FROM weight WHERE criterion = 'innovation') * innovation
             + (SELECT weight FROM weight WHERE criterion = 'visibility') * visibility
             + (SELECT weight FROM weight WHERE criterion = 'collaboration') * collaboration
           ) / (5 * (SELECT sum(weight) FROM weight)) AS score
    FROM latest)
SELECT row_number() OVER (ORDER BY score DESC, request_ore, project_id) AS rank, project_id, name, area, score,
       request_ore / 100.0 AS request, jobs_total, population_effect
FROM scored ORDER BY score DESC, request_ore, project_id LIMIT 20;
