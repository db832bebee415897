-- Childcare classes: a booking session for one age group, whose capacity the childcare module sets from the group's
-- carer-to-child ratio and class size (doorstep.childcare.groups).
create table childcare_class (
    session_id bigint primary key references service_session (id),
    age_group varchar(40) not null
);
