-- The work of `mon history --table project --id 5`: the project's changes and those of its links, field by field.
SELECT history.id, history.at, history.actor, history.table_name, history.row_id, history.action,
       (SELECT group_concat(key || '=' || coalesce(value, ''), '; ') FROM json_each(history.new_values)) AS new,
       (SELECT group_concat(key || '=' || coalesce(value, ''), '; ') FROM json_each(history.old_values)) AS old
FROM history
WHERE history.table_name IN ('project', 'project_goal', 'project_strategy', 'project_partner') AND history.row_id = 5
ORDER BY history.id;
