-- History for every domain table: each insert, update and delete leaves a row
-- in `history` with the actor, the row and its values before and after, as
-- JSON. Triggers do it, so a write from any SQLite client is recorded too; the
-- actor is the one mon puts in `current_actor` for the length of its
-- transaction, else 'outside mon'.
--
-- `history.row_id` is the row's `id`; for the link tables project_goal,
-- project_strategy and project_partner it is the project's id, for a payment
-- its grant's, for model_weight and model_multiplier the model's, and for
-- parameter its rowid: asking for one project's or grant's story finds them all.
--
-- A table added by a later migration adds its three triggers in the same way.

-- A status change may carry a note; the history keeps every one.
ALTER TABLE project ADD COLUMN status_note TEXT;

CREATE TRIGGER plan_history_insert AFTER INSERT ON plan
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'plan', NEW.id, 'insert',
            json_object('id', NEW.id, 'name', NEW.name, 'municipality', NEW.municipality, 'first_year', NEW.first_year, 'last_year', NEW.last_year, 'revises_plan_id', NEW.revises_plan_id, 'adopted_on', NEW.adopted_on, 'slogan', NEW.slogan, 'vision', NEW.vision));
END;

CREATE TRIGGER plan_history_update AFTER UPDATE ON plan
WHEN OLD.id IS NOT NEW.id OR OLD.name IS NOT NEW.name OR OLD.municipality IS NOT NEW.municipality OR OLD.first_year IS NOT NEW.first_year OR OLD.last_year IS NOT NEW.last_year OR OLD.revises_plan_id IS NOT NEW.revises_plan_id OR OLD.adopted_on IS NOT NEW.adopted_on OR OLD.slogan IS NOT NEW.slogan OR OLD.vision IS NOT NEW.vision
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'plan', NEW.id, 'update',
            json_object('id', OLD.id, 'name', OLD.name, 'municipality', OLD.municipality, 'first_year', OLD.first_year, 'last_year', OLD.last_year, 'revises_plan_id', OLD.revises_plan_id, 'adopted_on', OLD.adopted_on, 'slogan', OLD.slogan, 'vision', OLD.vision),
            json_object('id', NEW.id, 'name', NEW.name, 'municipality', NEW.municipality, 'first_year', NEW.first_year, 'last_year', NEW.last_year, 'revises_plan_id', NEW.revises_plan_id, 'adopted_on', NEW.adopted_on, 'slogan', NEW.slogan, 'vision', NEW.vision));
END;

CREATE TRIGGER plan_history_delete AFTER DELETE ON plan
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'plan', OLD.id, 'delete',
            json_object('id', OLD.id, 'name', OLD.name, 'municipality', OLD.municipality, 'first_year', OLD.first_year, 'last_year', OLD.last_year, 'revises_plan_id', OLD.revises_plan_id, 'adopted_on', OLD.adopted_on, 'slogan', OLD.slogan, 'vision', OLD.vision));
END;

CREATE TRIGGER focus_area_history_insert AFTER INSERT ON focus_area
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'focus_area', NEW.id, 'insert',
            json_object('id', NEW.id, 'plan_id', NEW.plan_id, 'number', NEW.number, 'title', NEW.title, 'description', NEW.description));
END;

CREATE TRIGGER focus_area_history_update AFTER UPDATE ON focus_area
WHEN OLD.id IS NOT NEW.id OR OLD.plan_id IS NOT NEW.plan_id OR OLD.number IS NOT NEW.number OR OLD.title IS NOT NEW.title OR OLD.description IS NOT NEW.description
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'focus_area', NEW.id, 'update',
            json_object('id', OLD.id, 'plan_id', OLD.plan_id, 'number', OLD.number, 'title', OLD.title, 'description', OLD.description),
            json_object('id', NEW.id, 'plan_id', NEW.plan_id, 'number', NEW.number, 'title', NEW.title, 'description', NEW.description));
END;

CREATE TRIGGER focus_area_history_delete AFTER DELETE ON focus_area
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'focus_area', OLD.id, 'delete',
            json_object('id', OLD.id, 'plan_id', OLD.plan_id, 'number', OLD.number, 'title', OLD.title, 'description', OLD.description));
END;

CREATE TRIGGER goal_history_insert AFTER INSERT ON goal
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'goal', NEW.id, 'insert',
            json_object('id', NEW.id, 'focus_area_id', NEW.focus_area_id, 'code', NEW.code, 'title', NEW.title));
END;

CREATE TRIGGER goal_history_update AFTER UPDATE ON goal
WHEN OLD.id IS NOT NEW.id OR OLD.focus_area_id IS NOT NEW.focus_area_id OR OLD.code IS NOT NEW.code OR OLD.title IS NOT NEW.title
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'goal', NEW.id, 'update',
            json_object('id', OLD.id, 'focus_area_id', OLD.focus_area_id, 'code', OLD.code, 'title', OLD.title),
            json_object('id', NEW.id, 'focus_area_id', NEW.focus_area_id, 'code', NEW.code, 'title', NEW.title));
END;

CREATE TRIGGER goal_history_delete AFTER DELETE ON goal
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'goal', OLD.id, 'delete',
            json_object('id', OLD.id, 'focus_area_id', OLD.focus_area_id, 'code', OLD.code, 'title', OLD.title));
END;

CREATE TRIGGER strategy_history_insert AFTER INSERT ON strategy
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'strategy', NEW.id, 'insert',
            json_object('id', NEW.id, 'goal_id', NEW.goal_id, 'letter', NEW.letter, 'text', NEW.text));
END;

CREATE TRIGGER strategy_history_update AFTER UPDATE ON strategy
WHEN OLD.id IS NOT NEW.id OR OLD.goal_id IS NOT NEW.goal_id OR OLD.letter IS NOT NEW.letter OR OLD.text IS NOT NEW.text
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'strategy', NEW.id, 'update',
            json_object('id', OLD.id, 'goal_id', OLD.goal_id, 'letter', OLD.letter, 'text', OLD.text),
            json_object('id', NEW.id, 'goal_id', NEW.goal_id, 'letter', NEW.letter, 'text', NEW.text));
END;

CREATE TRIGGER strategy_history_delete AFTER DELETE ON strategy
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'strategy', OLD.id, 'delete',
            json_object('id', OLD.id, 'goal_id', OLD.goal_id, 'letter', OLD.letter, 'text', OLD.text));
END;

CREATE TRIGGER indicator_history_insert AFTER INSERT ON indicator
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'indicator', NEW.id, 'insert',
            json_object('id', NEW.id, 'plan_id', NEW.plan_id, 'key', NEW.key, 'name', NEW.name, 'unit', NEW.unit));
END;

CREATE TRIGGER indicator_history_update AFTER UPDATE ON indicator
WHEN OLD.id IS NOT NEW.id OR OLD.plan_id IS NOT NEW.plan_id OR OLD.key IS NOT NEW.key OR OLD.name IS NOT NEW.name OR OLD.unit IS NOT NEW.unit
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'indicator', NEW.id, 'update',
            json_object('id', OLD.id, 'plan_id', OLD.plan_id, 'key', OLD.key, 'name', OLD.name, 'unit', OLD.unit),
            json_object('id', NEW.id, 'plan_id', NEW.plan_id, 'key', NEW.key, 'name', NEW.name, 'unit', NEW.unit));
END;

CREATE TRIGGER indicator_history_delete AFTER DELETE ON indicator
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'indicator', OLD.id, 'delete',
            json_object('id', OLD.id, 'plan_id', OLD.plan_id, 'key', OLD.key, 'name', OLD.name, 'unit', OLD.unit));
END;

CREATE TRIGGER indicator_value_history_insert AFTER INSERT ON indicator_value
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'indicator_value', NEW.id, 'insert',
            json_object('id', NEW.id, 'indicator_id', NEW.indicator_id, 'year', NEW.year, 'value', NEW.value, 'kind', NEW.kind, 'source', NEW.source));
END;

CREATE TRIGGER indicator_value_history_update AFTER UPDATE ON indicator_value
WHEN OLD.id IS NOT NEW.id OR OLD.indicator_id IS NOT NEW.indicator_id OR OLD.year IS NOT NEW.year OR OLD.value IS NOT NEW.value OR OLD.kind IS NOT NEW.kind OR OLD.source IS NOT NEW.source
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'indicator_value', NEW.id, 'update',
            json_object('id', OLD.id, 'indicator_id', OLD.indicator_id, 'year', OLD.year, 'value', OLD.value, 'kind', OLD.kind, 'source', OLD.source),
            json_object('id', NEW.id, 'indicator_id', NEW.indicator_id, 'year', NEW.year, 'value', NEW.value, 'kind', NEW.kind, 'source', NEW.source));
END;

CREATE TRIGGER indicator_value_history_delete AFTER DELETE ON indicator_value
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'indicator_value', OLD.id, 'delete',
            json_object('id', OLD.id, 'indicator_id', OLD.indicator_id, 'year', OLD.year, 'value', OLD.value, 'kind', OLD.kind, 'source', OLD.source));
END;

CREATE TRIGGER project_history_insert AFTER INSERT ON project
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'project', NEW.id, 'insert',
            json_object('id', NEW.id, 'name', NEW.name, 'status', NEW.status, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'budget_ore', NEW.budget_ore, 'responsible', NEW.responsible, 'description', NEW.description, 'created_at', NEW.created_at, 'status_note', NEW.status_note));
END;

CREATE TRIGGER project_history_update AFTER UPDATE ON project
WHEN OLD.id IS NOT NEW.id OR OLD.name IS NOT NEW.name OR OLD.status IS NOT NEW.status OR OLD.start_date IS NOT NEW.start_date OR OLD.end_date IS NOT NEW.end_date OR OLD.budget_ore IS NOT NEW.budget_ore OR OLD.responsible IS NOT NEW.responsible OR OLD.description IS NOT NEW.description OR OLD.created_at IS NOT NEW.created_at OR OLD.status_note IS NOT NEW.status_note
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'project', NEW.id, 'update',
            json_object('id', OLD.id, 'name', OLD.name, 'status', OLD.status, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'budget_ore', OLD.budget_ore, 'responsible', OLD.responsible, 'description', OLD.description, 'created_at', OLD.created_at, 'status_note', OLD.status_note),
            json_object('id', NEW.id, 'name', NEW.name, 'status', NEW.status, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'budget_ore', NEW.budget_ore, 'responsible', NEW.responsible, 'description', NEW.description, 'created_at', NEW.created_at, 'status_note', NEW.status_note));
END;

CREATE TRIGGER project_history_delete AFTER DELETE ON project
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'project', OLD.id, 'delete',
            json_object('id', OLD.id, 'name', OLD.name, 'status', OLD.status, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'budget_ore', OLD.budget_ore, 'responsible', OLD.responsible, 'description', OLD.description, 'created_at', OLD.created_at, 'status_note', OLD.status_note));
END;

CREATE TRIGGER project_goal_history_insert AFTER INSERT ON project_goal
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'project_goal', NEW.project_id, 'insert',
            json_object('project_id', NEW.project_id, 'goal_id', NEW.goal_id, 'is_primary', NEW.is_primary));
END;

CREATE TRIGGER project_goal_history_update AFTER UPDATE ON project_goal
WHEN OLD.project_id IS NOT NEW.project_id OR OLD.goal_id IS NOT NEW.goal_id OR OLD.is_primary IS NOT NEW.is_primary
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'project_goal', NEW.project_id, 'update',
            json_object('project_id', OLD.project_id, 'goal_id', OLD.goal_id, 'is_primary', OLD.is_primary),
            json_object('project_id', NEW.project_id, 'goal_id', NEW.goal_id, 'is_primary', NEW.is_primary));
END;

CREATE TRIGGER project_goal_history_delete AFTER DELETE ON project_goal
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'project_goal', OLD.project_id, 'delete',
            json_object('project_id', OLD.project_id, 'goal_id', OLD.goal_id, 'is_primary', OLD.is_primary));
END;

CREATE TRIGGER project_strategy_history_insert AFTER INSERT ON project_strategy
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'project_strategy', NEW.project_id, 'insert',
            json_object('project_id', NEW.project_id, 'strategy_id', NEW.strategy_id));
END;

CREATE TRIGGER project_strategy_history_update AFTER UPDATE ON project_strategy
WHEN OLD.project_id IS NOT NEW.project_id OR OLD.strategy_id IS NOT NEW.strategy_id
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'project_strategy', NEW.project_id, 'update',
            json_object('project_id', OLD.project_id, 'strategy_id', OLD.strategy_id),
            json_object('project_id', NEW.project_id, 'strategy_id', NEW.strategy_id));
END;

CREATE TRIGGER project_strategy_history_delete AFTER DELETE ON project_strategy
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'project_strategy', OLD.project_id, 'delete',
            json_object('project_id', OLD.project_id, 'strategy_id', OLD.strategy_id));
END;

CREATE TRIGGER partner_group_history_insert AFTER INSERT ON partner_group
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'partner_group', NEW.id, 'insert',
            json_object('id', NEW.id, 'name', NEW.name));
END;

CREATE TRIGGER partner_group_history_update AFTER UPDATE ON partner_group
WHEN OLD.id IS NOT NEW.id OR OLD.name IS NOT NEW.name
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'partner_group', NEW.id, 'update',
            json_object('id', OLD.id, 'name', OLD.name),
            json_object('id', NEW.id, 'name', NEW.name));
END;

CREATE TRIGGER partner_group_history_delete AFTER DELETE ON partner_group
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'partner_group', OLD.id, 'delete',
            json_object('id', OLD.id, 'name', OLD.name));
END;

CREATE TRIGGER partner_history_insert AFTER INSERT ON partner
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'partner', NEW.id, 'insert',
            json_object('id', NEW.id, 'name', NEW.name, 'orgnr', NEW.orgnr, 'kind', NEW.kind, 'municipality', NEW.municipality, 'group_id', NEW.group_id, 'created_at', NEW.created_at));
END;

CREATE TRIGGER partner_history_update AFTER UPDATE ON partner
WHEN OLD.id IS NOT NEW.id OR OLD.name IS NOT NEW.name OR OLD.orgnr IS NOT NEW.orgnr OR OLD.kind IS NOT NEW.kind OR OLD.municipality IS NOT NEW.municipality OR OLD.group_id IS NOT NEW.group_id OR OLD.created_at IS NOT NEW.created_at
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'partner', NEW.id, 'update',
            json_object('id', OLD.id, 'name', OLD.name, 'orgnr', OLD.orgnr, 'kind', OLD.kind, 'municipality', OLD.municipality, 'group_id', OLD.group_id, 'created_at', OLD.created_at),
            json_object('id', NEW.id, 'name', NEW.name, 'orgnr', NEW.orgnr, 'kind', NEW.kind, 'municipality', NEW.municipality, 'group_id', NEW.group_id, 'created_at', NEW.created_at));
END;

CREATE TRIGGER partner_history_delete AFTER DELETE ON partner
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'partner', OLD.id, 'delete',
            json_object('id', OLD.id, 'name', OLD.name, 'orgnr', OLD.orgnr, 'kind', OLD.kind, 'municipality', OLD.municipality, 'group_id', OLD.group_id, 'created_at', OLD.created_at));
END;

CREATE TRIGGER project_partner_history_insert AFTER INSERT ON project_partner
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'project_partner', NEW.project_id, 'insert',
            json_object('project_id', NEW.project_id, 'partner_id', NEW.partner_id, 'role', NEW.role, 'contribution_ore', NEW.contribution_ore));
END;

CREATE TRIGGER project_partner_history_update AFTER UPDATE ON project_partner
WHEN OLD.project_id IS NOT NEW.project_id OR OLD.partner_id IS NOT NEW.partner_id OR OLD.role IS NOT NEW.role OR OLD.contribution_ore IS NOT NEW.contribution_ore
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'project_partner', NEW.project_id, 'update',
            json_object('project_id', OLD.project_id, 'partner_id', OLD.partner_id, 'role', OLD.role, 'contribution_ore', OLD.contribution_ore),
            json_object('project_id', NEW.project_id, 'partner_id', NEW.partner_id, 'role', NEW.role, 'contribution_ore', NEW.contribution_ore));
END;

CREATE TRIGGER project_partner_history_delete AFTER DELETE ON project_partner
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'project_partner', OLD.project_id, 'delete',
            json_object('project_id', OLD.project_id, 'partner_id', OLD.partner_id, 'role', OLD.role, 'contribution_ore', OLD.contribution_ore));
END;

CREATE TRIGGER fund_history_insert AFTER INSERT ON fund
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'fund', NEW.id, 'insert',
            json_object('id', NEW.id, 'name', NEW.name, 'description', NEW.description));
END;

CREATE TRIGGER fund_history_update AFTER UPDATE ON fund
WHEN OLD.id IS NOT NEW.id OR OLD.name IS NOT NEW.name OR OLD.description IS NOT NEW.description
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'fund', NEW.id, 'update',
            json_object('id', OLD.id, 'name', OLD.name, 'description', OLD.description),
            json_object('id', NEW.id, 'name', NEW.name, 'description', NEW.description));
END;

CREATE TRIGGER fund_history_delete AFTER DELETE ON fund
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'fund', OLD.id, 'delete',
            json_object('id', OLD.id, 'name', OLD.name, 'description', OLD.description));
END;

CREATE TRIGGER allocation_history_insert AFTER INSERT ON allocation
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'allocation', NEW.id, 'insert',
            json_object('id', NEW.id, 'fund_id', NEW.fund_id, 'year', NEW.year, 'amount_ore', NEW.amount_ore, 'reference', NEW.reference));
END;

CREATE TRIGGER allocation_history_update AFTER UPDATE ON allocation
WHEN OLD.id IS NOT NEW.id OR OLD.fund_id IS NOT NEW.fund_id OR OLD.year IS NOT NEW.year OR OLD.amount_ore IS NOT NEW.amount_ore OR OLD.reference IS NOT NEW.reference
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'allocation', NEW.id, 'update',
            json_object('id', OLD.id, 'fund_id', OLD.fund_id, 'year', OLD.year, 'amount_ore', OLD.amount_ore, 'reference', OLD.reference),
            json_object('id', NEW.id, 'fund_id', NEW.fund_id, 'year', NEW.year, 'amount_ore', NEW.amount_ore, 'reference', NEW.reference));
END;

CREATE TRIGGER allocation_history_delete AFTER DELETE ON allocation
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'allocation', OLD.id, 'delete',
            json_object('id', OLD.id, 'fund_id', OLD.fund_id, 'year', OLD.year, 'amount_ore', OLD.amount_ore, 'reference', OLD.reference));
END;

CREATE TRIGGER grant_history_insert AFTER INSERT ON grant
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'grant', NEW.id, 'insert',
            json_object('id', NEW.id, 'fund_id', NEW.fund_id, 'applicant_id', NEW.applicant_id, 'project_id', NEW.project_id, 'purpose', NEW.purpose, 'basis', NEW.basis, 'amount_applied_ore', NEW.amount_applied_ore, 'total_cost_ore', NEW.total_cost_ore, 'received_on', NEW.received_on, 'status', NEW.status, 'approved_on', NEW.approved_on, 'amount_approved_ore', NEW.amount_approved_ore, 'deadline', NEW.deadline, 'case_ref', NEW.case_ref, 'eur_rate', NEW.eur_rate, 'intensity_reason', NEW.intensity_reason, 'decided_on', NEW.decided_on, 'decision_note', NEW.decision_note));
END;

CREATE TRIGGER grant_history_update AFTER UPDATE ON grant
WHEN OLD.id IS NOT NEW.id OR OLD.fund_id IS NOT NEW.fund_id OR OLD.applicant_id IS NOT NEW.applicant_id OR OLD.project_id IS NOT NEW.project_id OR OLD.purpose IS NOT NEW.purpose OR OLD.basis IS NOT NEW.basis OR OLD.amount_applied_ore IS NOT NEW.amount_applied_ore OR OLD.total_cost_ore IS NOT NEW.total_cost_ore OR OLD.received_on IS NOT NEW.received_on OR OLD.status IS NOT NEW.status OR OLD.approved_on IS NOT NEW.approved_on OR OLD.amount_approved_ore IS NOT NEW.amount_approved_ore OR OLD.deadline IS NOT NEW.deadline OR OLD.case_ref IS NOT NEW.case_ref OR OLD.eur_rate IS NOT NEW.eur_rate OR OLD.intensity_reason IS NOT NEW.intensity_reason OR OLD.decided_on IS NOT NEW.decided_on OR OLD.decision_note IS NOT NEW.decision_note
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'grant', NEW.id, 'update',
            json_object('id', OLD.id, 'fund_id', OLD.fund_id, 'applicant_id', OLD.applicant_id, 'project_id', OLD.project_id, 'purpose', OLD.purpose, 'basis', OLD.basis, 'amount_applied_ore', OLD.amount_applied_ore, 'total_cost_ore', OLD.total_cost_ore, 'received_on', OLD.received_on, 'status', OLD.status, 'approved_on', OLD.approved_on, 'amount_approved_ore', OLD.amount_approved_ore, 'deadline', OLD.deadline, 'case_ref', OLD.case_ref, 'eur_rate', OLD.eur_rate, 'intensity_reason', OLD.intensity_reason, 'decided_on', OLD.decided_on, 'decision_note', OLD.decision_note),
            json_object('id', NEW.id, 'fund_id', NEW.fund_id, 'applicant_id', NEW.applicant_id, 'project_id', NEW.project_id, 'purpose', NEW.purpose, 'basis', NEW.basis, 'amount_applied_ore', NEW.amount_applied_ore, 'total_cost_ore', NEW.total_cost_ore, 'received_on', NEW.received_on, 'status', NEW.status, 'approved_on', NEW.approved_on, 'amount_approved_ore', NEW.amount_approved_ore, 'deadline', NEW.deadline, 'case_ref', NEW.case_ref, 'eur_rate', NEW.eur_rate, 'intensity_reason', NEW.intensity_reason, 'decided_on', NEW.decided_on, 'decision_note', NEW.decision_note));
END;

CREATE TRIGGER grant_history_delete AFTER DELETE ON grant
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'grant', OLD.id, 'delete',
            json_object('id', OLD.id, 'fund_id', OLD.fund_id, 'applicant_id', OLD.applicant_id, 'project_id', OLD.project_id, 'purpose', OLD.purpose, 'basis', OLD.basis, 'amount_applied_ore', OLD.amount_applied_ore, 'total_cost_ore', OLD.total_cost_ore, 'received_on', OLD.received_on, 'status', OLD.status, 'approved_on', OLD.approved_on, 'amount_approved_ore', OLD.amount_approved_ore, 'deadline', OLD.deadline, 'case_ref', OLD.case_ref, 'eur_rate', OLD.eur_rate, 'intensity_reason', OLD.intensity_reason, 'decided_on', OLD.decided_on, 'decision_note', OLD.decision_note));
END;

CREATE TRIGGER payment_history_insert AFTER INSERT ON payment
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'payment', NEW.grant_id, 'insert',
            json_object('id', NEW.id, 'grant_id', NEW.grant_id, 'paid_on', NEW.paid_on, 'kind', NEW.kind, 'amount_ore', NEW.amount_ore, 'is_final', NEW.is_final));
END;

CREATE TRIGGER payment_history_update AFTER UPDATE ON payment
WHEN OLD.id IS NOT NEW.id OR OLD.grant_id IS NOT NEW.grant_id OR OLD.paid_on IS NOT NEW.paid_on OR OLD.kind IS NOT NEW.kind OR OLD.amount_ore IS NOT NEW.amount_ore OR OLD.is_final IS NOT NEW.is_final
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'payment', NEW.grant_id, 'update',
            json_object('id', OLD.id, 'grant_id', OLD.grant_id, 'paid_on', OLD.paid_on, 'kind', OLD.kind, 'amount_ore', OLD.amount_ore, 'is_final', OLD.is_final),
            json_object('id', NEW.id, 'grant_id', NEW.grant_id, 'paid_on', NEW.paid_on, 'kind', NEW.kind, 'amount_ore', NEW.amount_ore, 'is_final', NEW.is_final));
END;

CREATE TRIGGER payment_history_delete AFTER DELETE ON payment
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'payment', OLD.grant_id, 'delete',
            json_object('id', OLD.id, 'grant_id', OLD.grant_id, 'paid_on', OLD.paid_on, 'kind', OLD.kind, 'amount_ore', OLD.amount_ore, 'is_final', OLD.is_final));
END;

CREATE TRIGGER deminimis_declaration_history_insert AFTER INSERT ON deminimis_declaration
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'deminimis_declaration', NEW.id, 'insert',
            json_object('id', NEW.id, 'partner_id', NEW.partner_id, 'giver', NEW.giver, 'granted_on', NEW.granted_on, 'amount_ore', NEW.amount_ore, 'eur_rate', NEW.eur_rate));
END;

CREATE TRIGGER deminimis_declaration_history_update AFTER UPDATE ON deminimis_declaration
WHEN OLD.id IS NOT NEW.id OR OLD.partner_id IS NOT NEW.partner_id OR OLD.giver IS NOT NEW.giver OR OLD.granted_on IS NOT NEW.granted_on OR OLD.amount_ore IS NOT NEW.amount_ore OR OLD.eur_rate IS NOT NEW.eur_rate
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'deminimis_declaration', NEW.id, 'update',
            json_object('id', OLD.id, 'partner_id', OLD.partner_id, 'giver', OLD.giver, 'granted_on', OLD.granted_on, 'amount_ore', OLD.amount_ore, 'eur_rate', OLD.eur_rate),
            json_object('id', NEW.id, 'partner_id', NEW.partner_id, 'giver', NEW.giver, 'granted_on', NEW.granted_on, 'amount_ore', NEW.amount_ore, 'eur_rate', NEW.eur_rate));
END;

CREATE TRIGGER deminimis_declaration_history_delete AFTER DELETE ON deminimis_declaration
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'deminimis_declaration', OLD.id, 'delete',
            json_object('id', OLD.id, 'partner_id', OLD.partner_id, 'giver', OLD.giver, 'granted_on', OLD.granted_on, 'amount_ore', OLD.amount_ore, 'eur_rate', OLD.eur_rate));
END;

CREATE TRIGGER assessment_history_insert AFTER INSERT ON assessment
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'assessment', NEW.id, 'insert',
            json_object('id', NEW.id, 'project_id', NEW.project_id, 'assessed_on', NEW.assessed_on, 'assessed_by', NEW.assessed_by, 'direct_jobs', NEW.direct_jobs, 'competence_jobs', NEW.competence_jobs, 'priority_jobs', NEW.priority_jobs, 'sector', NEW.sector, 'attractiveness', NEW.attractiveness, 'green', NEW.green, 'innovation', NEW.innovation, 'visibility', NEW.visibility, 'collaboration', NEW.collaboration, 'feasibility', NEW.feasibility, 'request_ore', NEW.request_ore, 'recorded_at', NEW.recorded_at));
END;

CREATE TRIGGER assessment_history_update AFTER UPDATE ON assessment
WHEN OLD.id IS NOT NEW.id OR OLD.project_id IS NOT NEW.project_id OR OLD.assessed_on IS NOT NEW.assessed_on OR OLD.assessed_by IS NOT NEW.assessed_by OR OLD.direct_jobs IS NOT NEW.direct_jobs OR OLD.competence_jobs IS NOT NEW.competence_jobs OR OLD.priority_jobs IS NOT NEW.priority_jobs OR OLD.sector IS NOT NEW.sector OR OLD.attractiveness IS NOT NEW.attractiveness OR OLD.green IS NOT NEW.green OR OLD.innovation IS NOT NEW.innovation OR OLD.visibility IS NOT NEW.visibility OR OLD.collaboration IS NOT NEW.collaboration OR OLD.feasibility IS NOT NEW.feasibility OR OLD.request_ore IS NOT NEW.request_ore OR OLD.recorded_at IS NOT NEW.recorded_at
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'assessment', NEW.id, 'update',
            json_object('id', OLD.id, 'project_id', OLD.project_id, 'assessed_on', OLD.assessed_on, 'assessed_by', OLD.assessed_by, 'direct_jobs', OLD.direct_jobs, 'competence_jobs', OLD.competence_jobs, 'priority_jobs', OLD.priority_jobs, 'sector', OLD.sector, 'attractiveness', OLD.attractiveness, 'green', OLD.green, 'innovation', OLD.innovation, 'visibility', OLD.visibility, 'collaboration', OLD.collaboration, 'feasibility', OLD.feasibility, 'request_ore', OLD.request_ore, 'recorded_at', OLD.recorded_at),
            json_object('id', NEW.id, 'project_id', NEW.project_id, 'assessed_on', NEW.assessed_on, 'assessed_by', NEW.assessed_by, 'direct_jobs', NEW.direct_jobs, 'competence_jobs', NEW.competence_jobs, 'priority_jobs', NEW.priority_jobs, 'sector', NEW.sector, 'attractiveness', NEW.attractiveness, 'green', NEW.green, 'innovation', NEW.innovation, 'visibility', NEW.visibility, 'collaboration', NEW.collaboration, 'feasibility', NEW.feasibility, 'request_ore', NEW.request_ore, 'recorded_at', NEW.recorded_at));
END;

CREATE TRIGGER assessment_history_delete AFTER DELETE ON assessment
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'assessment', OLD.id, 'delete',
            json_object('id', OLD.id, 'project_id', OLD.project_id, 'assessed_on', OLD.assessed_on, 'assessed_by', OLD.assessed_by, 'direct_jobs', OLD.direct_jobs, 'competence_jobs', OLD.competence_jobs, 'priority_jobs', OLD.priority_jobs, 'sector', OLD.sector, 'attractiveness', OLD.attractiveness, 'green', OLD.green, 'innovation', OLD.innovation, 'visibility', OLD.visibility, 'collaboration', OLD.collaboration, 'feasibility', OLD.feasibility, 'request_ore', OLD.request_ore, 'recorded_at', OLD.recorded_at));
END;

CREATE TRIGGER scoring_model_history_insert AFTER INSERT ON scoring_model
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'scoring_model', NEW.id, 'insert',
            json_object('id', NEW.id, 'valid_from', NEW.valid_from, 'created_by', NEW.created_by, 'note', NEW.note));
END;

CREATE TRIGGER scoring_model_history_update AFTER UPDATE ON scoring_model
WHEN OLD.id IS NOT NEW.id OR OLD.valid_from IS NOT NEW.valid_from OR OLD.created_by IS NOT NEW.created_by OR OLD.note IS NOT NEW.note
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'scoring_model', NEW.id, 'update',
            json_object('id', OLD.id, 'valid_from', OLD.valid_from, 'created_by', OLD.created_by, 'note', OLD.note),
            json_object('id', NEW.id, 'valid_from', NEW.valid_from, 'created_by', NEW.created_by, 'note', NEW.note));
END;

CREATE TRIGGER scoring_model_history_delete AFTER DELETE ON scoring_model
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'scoring_model', OLD.id, 'delete',
            json_object('id', OLD.id, 'valid_from', OLD.valid_from, 'created_by', OLD.created_by, 'note', OLD.note));
END;

CREATE TRIGGER model_weight_history_insert AFTER INSERT ON model_weight
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'model_weight', NEW.model_id, 'insert',
            json_object('model_id', NEW.model_id, 'criterion', NEW.criterion, 'weight', NEW.weight));
END;

CREATE TRIGGER model_weight_history_update AFTER UPDATE ON model_weight
WHEN OLD.model_id IS NOT NEW.model_id OR OLD.criterion IS NOT NEW.criterion OR OLD.weight IS NOT NEW.weight
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'model_weight', NEW.model_id, 'update',
            json_object('model_id', OLD.model_id, 'criterion', OLD.criterion, 'weight', OLD.weight),
            json_object('model_id', NEW.model_id, 'criterion', NEW.criterion, 'weight', NEW.weight));
END;

CREATE TRIGGER model_weight_history_delete AFTER DELETE ON model_weight
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'model_weight', OLD.model_id, 'delete',
            json_object('model_id', OLD.model_id, 'criterion', OLD.criterion, 'weight', OLD.weight));
END;

CREATE TRIGGER model_multiplier_history_insert AFTER INSERT ON model_multiplier
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'model_multiplier', NEW.model_id, 'insert',
            json_object('model_id', NEW.model_id, 'sector', NEW.sector, 'multiplier', NEW.multiplier));
END;

CREATE TRIGGER model_multiplier_history_update AFTER UPDATE ON model_multiplier
WHEN OLD.model_id IS NOT NEW.model_id OR OLD.sector IS NOT NEW.sector OR OLD.multiplier IS NOT NEW.multiplier
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'model_multiplier', NEW.model_id, 'update',
            json_object('model_id', OLD.model_id, 'sector', OLD.sector, 'multiplier', OLD.multiplier),
            json_object('model_id', NEW.model_id, 'sector', NEW.sector, 'multiplier', NEW.multiplier));
END;

CREATE TRIGGER model_multiplier_history_delete AFTER DELETE ON model_multiplier
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'model_multiplier', OLD.model_id, 'delete',
            json_object('model_id', OLD.model_id, 'sector', OLD.sector, 'multiplier', OLD.multiplier));
END;

CREATE TRIGGER parameter_history_insert AFTER INSERT ON parameter
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'parameter', NEW.rowid, 'insert',
            json_object('key', NEW.key, 'valid_from', NEW.valid_from, 'value', NEW.value, 'set_by', NEW.set_by, 'set_at', NEW.set_at));
END;

CREATE TRIGGER parameter_history_update AFTER UPDATE ON parameter
WHEN OLD.key IS NOT NEW.key OR OLD.valid_from IS NOT NEW.valid_from OR OLD.value IS NOT NEW.value OR OLD.set_by IS NOT NEW.set_by OR OLD.set_at IS NOT NEW.set_at
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values, new_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'parameter', NEW.rowid, 'update',
            json_object('key', OLD.key, 'valid_from', OLD.valid_from, 'value', OLD.value, 'set_by', OLD.set_by, 'set_at', OLD.set_at),
            json_object('key', NEW.key, 'valid_from', NEW.valid_from, 'value', NEW.value, 'set_by', NEW.set_by, 'set_at', NEW.set_at));
END;

CREATE TRIGGER parameter_history_delete AFTER DELETE ON parameter
BEGIN
    INSERT INTO history (actor, table_name, row_id, action, old_values)
    VALUES (COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon'), 'parameter', OLD.rowid, 'delete',
            json_object('key', OLD.key, 'valid_from', OLD.valid_from, 'value', OLD.value, 'set_by', OLD.set_by, 'set_at', OLD.set_at));
END;
