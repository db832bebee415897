-- A meal order may be cancelled before its meal's cut-off. A cancelled order keeps its row (who ordered what, and
-- when it was cancelled) but gives up its subsidy: subsidised_day goes back to null, so the resident's one subsidised
-- meal of the day is free again, and the ledger counts only orders that were not cancelled.
alter table meal_order add column cancelled_at timestamp with time zone;
