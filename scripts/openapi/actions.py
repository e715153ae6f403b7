"""The HTTP API of mikro-server as data: the shapes the answers carry and one entry per action.

build_openapi.py expands this into resources/api/openapi.json. The sources are ../shared/API.md,
docs/DECISIONS.md and, where they disagree, the code: app/server/api/*.cpp for the routes and
their fields, services/client/codec/*.cpp for the shapes.

Answer fields (`res`, SHAPES) use a small notation:
  "int" "num" "str" "bool" "any"     JSON types ("any": no type)
  "<type>|null"                      the value may also be null ("SyncRun|null" too)
  "time" / "date"                    ISO 8601 UTC date-time / YYYY-MM-DD, or null
  "money"                            two keys: <name> (number, two decimals), <name>_cents (integer)
  "[T]"  "[]"                        an array of T / an array (always empty)
  "Name"                             a shape of SHAPES ($ref)
  "enum:a,b"  "const:x"              a string among a, b / the string x
  {..}   [{..}]                      a nested object in the same notation / an array of them
  (type, "description")              a type with a description
A key ending in "?" is not always written (left out of `required`); every other key is.

Request fields (`req`) use the types of API.md §1.4, which are lenient:
  "int" (integer or digits), "bool" (true/false, 1/0, "true"/"false"), "money" (number or
  string), "str", "email", "url", "date", "time", "[int]", "[Name]" (REQUEST_SHAPES), "enum:a,b",
  "any". A key ending in "*" is required (API.md's `*`).
"""

# --------------------------------------------------------------------------------------------
# Shapes (components/schemas). "_extends" names a shape whose keys come first (allOf).

SHAPES = {
    # ---- API.md §2 -------------------------------------------------------------------------
    "Project": ("A TM4 project of the organisation (API.md §2 Project; ProjectCodec).", {
        "id": ("int", "the TM4 project id"),
        "name": "str",
        "url": "str",
        "source": "const:tm4",
        "status": ("bool", "active"),
        "visibility": "bool",
        "completed": "bool",
        "difficulty": "str|null",
        "total_tasks": "int",
        "mapping_rate_per_task": "money",
        "validation_rate_per_task": "money",
        "max_payment": ("money", "the budget: (mapping + validation rate) × total_tasks"),
        "total_payout": ("money", "spent on the project"),
        "payment_due": ("money", "rates of the tasks awaiting validation"),
        "budget_used_percent": "int",
        "budget_warning": ("bool", "true at ≥ 90 % of the budget"),
        "max_editors": ("int", "0: no limit"),
        "total_editors": "int",
        "max_validators": ("int", "0: no limit"),
        "total_validators": "int",
        "total_mapped": "int",
        "total_validated": "int",
        "total_invalidated": "int",
        "last_synced_at": "time",
        "created_at": "time",
        "required_trainings": ("[int]", "training ids"),
    }),
    "UserMemberProject": ("A member project with the caller's own figures "
                          "(fetch_user_projects).", {
        "_extends": "Project",
        "member_role": ("str", "editor or validator"),
        "tasks_mapped": "int",
        "tasks_approved": "int",
        "tasks_unapproved": "int",
        "user_earnings": "money",
        "tasks_in_review": "int",
    }),
    "ValidatorMemberProject": ("A member project with the caller's own figures "
                               "(fetch_validator_projects); the keys with spaces are the "
                               "original ones, kept beside their underscore twins.", {
        "_extends": "Project",
        "member_role": ("str", "editor or validator"),
        "tasks_mapped": "int",
        "tasks_approved": "int",
        "tasks_unapproved": "int",
        "user_earnings": "money",
        "tasks approved": "int",
        "tasks unapproved": "int",
        "tasks_validated": ("int", "the caller's validations in the project"),
        "tasks_invalidated": ("int", "the caller's invalidations in the project"),
    }),
    "UserRow": ("A person of the organisation (API.md §2 UserRow; PersonCodec).", {
        "id": "str",
        "name": "str",
        "email": "str",
        "osm_username": "str|null",
        "payment_email": "str|null",
        "city": "str|null",
        "country": "str|null",
        "role": "enum:user,validator,admin",
        "joined": "time",
        "last_login_at": "time",
        "active": "bool",
        "total_payout": ("money", "paid"),
        "awaiting_payment": ("money", "pending"),
        "validated_tasks_amounts?": ("money", "task earnings; fetch_users only"),
        "payable": "money",
        "total_tasks_mapped": "int",
        "total_tasks_validated": "int",
        "total_tasks_invalidated": "int",
        "requesting_payment": "bool",
        "assigned_projects": ("int", "number of memberships"),
        "mapper_points": "int",
        "validator_points": "int",
        "special_project_points": "int",
    }),
    "ProjectUser": ("A person as the project assignment screen lists them "
                    "(user/fetch_project_users).", {
        "_extends": "UserRow",
        "assigned": "enum:Yes,No",
        "member_role": "str|null",
        "missing_trainings": ("[int]", "required trainings not passed"),
    }),
    "PayRequest": ("A payout request (API.md §2 PayRequest; PaymentRecordCodec).", {
        "id": "int",
        "user_id": "str",
        "user": ("str", "full name"),
        "osm_username": "str|null",
        "payment_email": ("str|null", "the payee's current one"),
        "amount_requested": "money",
        "date_requested": "time",
        "notes": "str",
        "task_ids": ("[str]", "always [] (the ledger holds the detail); in "
                     "fetch_payment_request_details the \"<project>:<task>\" ids"),
        "request_status": "enum:pending,paid,rejected,cancelled",
        "decided_by": "str|null",
        "decided_by_name": "str|null",
        "decided_at": "time",
        "decision_note": "str|null",
        "payment_id": "int|null",
    }),
    "Payment": ("A payment made (API.md §2 Payment; PaymentRecordCodec).", {
        "id": "int",
        "request_id": "int|null",
        "user_id": "str",
        "user": "str",
        "osm_username": ("str|null", "the payee's"),
        "payment_email": ("str|null", "at payment time"),
        "amount_paid": "money",
        "payoneer_id": ("str|null", "the transfer reference"),
        "date_paid": "time",
        "paid_by": "str",
        "notes": "str",
        "task_ids": ("[]", "always []"),
        "paid_by_name": "str|null",
    }),
    "LedgerEntry": ("One ledger entry (API.md §2 LedgerEntry; PaymentRecordCodec).", {
        "id": "int",
        "kind": "enum:mapping,validation,checklist,checklist_validation,adjustment,reversal,payout",
        "amount": "money",
        "project_id": "int|null",
        "task_id": "int|null",
        "note": "str",
        "created_by": "str|null",
        "created_at": "time",
    }),
    "OrgAdjustment": ("An adjustment as admins list it: a LedgerEntry with whose it is.", {
        "_extends": "LedgerEntry",
        "user_id": "str",
        "user": "str",
        "osm_username": "str|null",
        "created_by_name": "str|null",
    }),
    "LedgerLine": ("One line of a person's ledger page (LedgerCodec).", {
        "id": "int",
        "kind": "enum:mapping,validation,checklist,checklist_validation,adjustment,reversal,payout",
        "amount": "money",
        "project_id": "int|null",
        "project_name": "str|null",
        "task_id": "int|null",
        "checklist_id": "int|null",
        "checklist_name": "str|null",
        "note": "str|null",
        "created_at": "time",
    }),
    "TrainingAdmin": ("A training, admin view: with the answer key (API.md §2 Training; "
                      "TrainingCodec).", {
        "id": "int",
        "title": "str",
        "training_type": "enum:Mapping,Validation,Project",
        "point_value": "int",
        "difficulty": "str|null",
        "training_url": "str|null",
        "pass_percent": "int",
        "questions": "[QuestionAdmin]",
        "completed_count": "int",
        "archived_at": "time",
        "created_at": "time",
        "attempt_count": "int",
        "attempts_30_days": "int",
        "passes_30_days": "int",
    }),
    "QuestionAdmin": ("A question with its answer key.", {
        "id": "int",
        "question": "str",
        "correct": ("str", "the correct answer's text"),
        "incorrect": ("[str]", "the other answers' texts"),
        "answers": "[AnswerAdmin]",
    }),
    "AnswerAdmin": ("An answer with its correctness.", {
        "id": "int",
        "answer": "str",
        "correct": "bool",
    }),
    "TrainingUser": ("A training, a person's view: no correctness anywhere (API.md §2 "
                     "Training).", {
        "id": "int",
        "title": "str",
        "training_type": "enum:Mapping,Validation,Project",
        "point_value": "int",
        "difficulty": "str|null",
        "training_url": "str|null",
        "pass_percent": "int",
        "questions": "[QuestionUser]",
        "question_count": "int",
        "completed": "bool",
        "completed_at": "time",
        "best_score": ("int|null", "null: no attempt yet"),
        "attempts": "int",
        "points_awarded": "int",
    }),
    "QuestionUser": ("A question without correctness.", {
        "id": "int",
        "question": "str",
        "answers": "[AnswerUser]",
    }),
    "AnswerUser": ("An answer without correctness.", {
        "id": "int",
        "answer": "str",
    }),
    "Template": ("A checklist template (API.md §2 Template; ChecklistCodec).", {
        "id": "int",
        "name": "str",
        "author": ("str", "\"First (osm)\""),
        "author_id": "str|null",
        "description": "str",
        "due_date": "date",
        "difficulty": "str|null",
        "visibility": "bool",
        "active_status": "bool",
        "completion_rate": "money",
        "validation_rate": "money",
        "total_payout": ("money", "credited from this template"),
        "assigned_count": "int",
        "confirmed_count": "int",
        "completed": ("bool", "always false"),
        "confirmed": ("bool", "always false"),
        "list_items": "[TemplateItem]",
        "comments": ("[]", "always []"),
    }),
    "TemplateItem": ("An item of a checklist template.", {
        "id": "int",
        "number": "int",
        "action": "str",
        "link": "str|null",
    }),
    "Instance": ("One person's checklist (API.md §2 Instance; ChecklistCodec). `id` is the "
                 "`checklist_id` of the item, comment and confirm actions.", {
        "id": "int",
        "checklist_id": ("int", "the template id"),
        "user_id": "str",
        "user_name": ("str", "\"First (osm)\""),
        "name": "str",
        "author": "str",
        "author_id": "str|null",
        "description": "str",
        "due_date": "date",
        "difficulty": "str|null",
        "visibility": "bool",
        "active_status": "bool",
        "completion_rate": "money",
        "validation_rate": "money",
        "completed": "bool",
        "confirmed": "bool",
        "stale": "bool",
        "started_at": "time",
        "completed_at": "time",
        "confirmed_at": "time",
        "confirmed_by": "str|null",
        "last_activity_at": "time",
        "list_items": "[InstanceItem]",
        "comments": ("[Comment]", "the newest 20, oldest first"),
        "comment_count": "int",
    }),
    "InstanceItem": ("An item of one person's checklist.", {
        "_extends": "TemplateItem",
        "completed": "bool",
        "confirmed": "bool",
        "completion_date": "time",
        "confirmation_date": "time",
        "confirmed_by": "str|null",
    }),
    "Comment": ("A comment on a person's checklist.", {
        "id": "int",
        "comment": "str",
        "author": "str",
        "author_id": "str",
        "role": "str",
        "date": "time",
    }),
    "SyncRun": ("A TM4 sync run (API.md §2 SyncRun; SyncRunCodec). A run only queued has "
                "`run_id` and `started_at` null and `state`/`status` \"queued\".", {
        "error": "str|null",
        "events_ingested": "int",
        "finished_at": "time",
        "lease_until": "time",
        "mode": "enum:incremental,full",
        "project_id": "int",
        "requested_by": ("str|null", "null for a scheduled run"),
        "requested_by_name": "str|null",
        "requests_made": "int",
        "run_id": "int|null",
        "started_at": "time",
        "state": ("enum:queued,running,succeeded,failed,cancelled", "API.md's name"),
        "status": ("enum:queued,running,succeeded,failed,cancelled", "the same, as old "
                   "clients read it"),
        "tasks_done": "int",
        "tasks_total": "int",
    }),
    "AuditEntry": ("One audit log row (API.md §2 AuditEntry; AuditEntryCodec).", {
        "id": "int",
        "at": "time",
        "actor_id": "str",
        "actor_name": "str",
        "action": "str",
        "entity": "str",
        "entity_id": "str|null",
        "details": ("object", "as stored"),
    }),
    # ---- Other reused objects -----------------------------------------------------------------
    "EndedMembership": ("A membership a role change or removal ended.", {
        "project_id": "int",
        "member_role": "str",
    }),
    "OrgSettings": ("The organisation's settings (OrgSettingsCodec).", {
        "id": "str",
        "name": "str",
        "currency": ("str", "ISO 4217"),
        "min_payout": "money",
        "currency_locked": ("bool", "the org has ledger entries: the currency cannot change"),
    }),
    "OsmUsernameChange": ("An OSM username change waiting for an admin.", {
        "id": "int",
        "user_id": "str",
        "user": "str",
        "osm_username": ("str|null", "the current name"),
        "requested_osm_username": "str",
        "requested_at": "time",
    }),
    "WorkProject": ("A person's project membership (PersonWorkCodec).", {
        "project_id": "int",
        "name": "str",
        "active": "bool",
        "member_role": "enum:editor,validator",
        "assigned_at": "time",
        "tasks_mapped": "int",
        "tasks_validated": "int",
        "earned": "money",
    }),
    "WorkTraining": ("A training a person passed (PersonWorkCodec).", {
        "training_id": "int",
        "title": "str",
        "training_type": "enum:Mapping,Validation,Project",
        "points": "int",
        "completed_at": "time",
    }),
    "WorkChecklist": ("A person's checklist with its progress (PersonWorkCodec).", {
        "user_checklist_id": "int",
        "name": "str",
        "items": "int",
        "done": "int",
        "confirmed": ("int", "items confirmed"),
        "started_at": "time",
        "completed": "bool",
        "fully_confirmed": "bool",
    }),
    "ReviewItem": ("A task waiting for an admin's review (ReviewCodec).", {
        "id": ("str", "\"<project_id>:<task_id>\""),
        "project_id": "int",
        "task_id": "int",
        "mapped_by": "str",
        "validated_by": "str",
        "review_reason": "enum:external_validator,self_validation,validator_role,not_member",
        "unknown_validator": "bool",
        "paid_out": ("bool", "false while in review"),
        "validated_at": "time",
        "project_name": "str",
        "project_url": "str",
        "mapping_rate": "money",
        "validation_rate": "money",
        "mapped": "bool",
        "validated": "bool",
        "invalidated": "bool",
        "mapper_user_id": "str",
        "mapper_name": "str",
    }),
    "SyncStatus": ("A project's sync state (fetch_sync_status).", {
        "active": "bool",
        "last_run": ("SyncRun|null", "null before the first run"),
        "last_synced_at": "time",
        "members": "int",
        "name": "str",
        "project_id": "int",
        "url": "str",
    }),
    "SyncScheduler": ("The sync scheduler's state as it concerns the caller's projects.", {
        "interval_s": "int",
        "next_run_at": ("time", "null when scheduling is off"),
        "running": "bool",
        "queued": "int",
        "queued_projects": "[int]",
        "progress": {
            "projects_done": "int",
            "projects_total": "int",
            "project_id": "int",
            "tasks_fetched": "int",
            "tasks_to_fetch": "int",
        },
    }),
    "ProjectSyncRequest": ("A project a bulk sync request queued, with its latest run.", {
        "last_run": "SyncRun|null",
        "project_id": "int",
        "queued": ("bool", "false: a run was already running or just finished"),
    }),
    "ChecklistPerson": ("A person as a checklist's assignment screen lists them.", {
        "id": "str",
        "name": "str",
        "role": "str",
        "joined": "time",
        "assigned_projects": "int",
        "assigned": "enum:Yes,No",
        "checklist_state": ("str", "none, started, completed or confirmed"),
    }),
    "TrainingResult": ("One person's attempts at a training.", {
        "user_id": "str",
        "user": "str",
        "osm_username": "str|null",
        "attempts": "int",
        "best_score": ("int|null", "null: no attempt"),
        "passed_at": ("time", "null: not passed"),
    }),
    "PersonWeek": ("One week of a person's dashboard.", {
        "week_start": "date",
        "mapped": "int",
        "validated": "int",
        "validated_by_me": "int",
        "invalidated_by_me": "int",
    }),
    "OrgWeek": ("One week of the organisation's dashboard.", {
        "week_start": "date",
        "mapped": "int",
        "validated": "int",
        "invalidated": "int",
    }),
    # ---- Answers written by one codec function (merged into the success envelope) ----------
    "Login": ("The caller's row (AccountCodec writeLoginAnswer).", {
        "id": "str",
        "name": ("str", "full name"),
        "email": "str|null",
        "role": "enum:user,validator,admin",
        "osm_username": "str|null",
        "payment_email": "str|null",
        "city": "str|null",
        "country": "str|null",
        "needs_onboarding": "bool",
        "org_id": "str|null",
        "terms_accepted_at": "time",
    }),
    "AccountDetails": ("The caller's profile and figures (AccountCodec).", {
        "id": "str",
        "role": "enum:user,validator,admin",
        "first_name": "str|null",
        "last_name": "str|null",
        "full_name": "str",
        "osm_username": "str|null",
        "osm_username_pending": ("str|null", "a new name waiting for an admin"),
        "city": "str|null",
        "country": "str|null",
        "email": "str|null",
        "payment_email": "str|null",
        "org_id": "str|null",
        "terms_accepted_at": "time",
        "mapper_points": "int",
        "validator_points": "int",
        "special_project_points": "int",
        "total_tasks_mapped": "int",
        "total_tasks_validated": "int",
        "total_payout": "money",
        "payable": "money",
        "currency": "str",
        "org_name": "str|null",
    }),
    "Balance": ("The caller's balance (BalanceCodec; API.md §3).", {
        "mapping_earnings": "money",
        "validation_earnings": "money",
        "checklist_earnings": "money",
        "payable_total": "money",
        "earned_total": "money",
        "adjustments_total": "money",
        "paid_total": "money",
        "pending_total": "money",
        "min_payout": "money",
        "can_request": "bool",
    }),
    "DashboardFigures": ("The figures both dashboards send (DashboardCodec).", {
        "earned_total": "money",
        "adjustments_total": "money",
        "paid_total": "money",
        "pending_total": "money",
        "payable_total": "money",
        "mapping_earnings": "money",
        "validation_earnings": "money",
        "checklist_earnings": "money",
        "tasks_mapped": "int",
        "tasks_validated": "int",
        "tasks_invalidated": "int",
        "tasks_this_month": "int",
        "tasks_last_month": "int",
        "active_projects": "int",
        "tasks_awaiting": "int",
        "tasks_approved": "int",
        "contributions_30_days": "int",
        "contributions_previous_30_days": "int",
    }),
    "PersonDashboard": ("A person's dashboard in their calendar (fetch_user_dashboard).", {
        "_extends": "DashboardFigures",
        "validations_made": "int",
        "invalidations_made": "int",
        "weeks": "[PersonWeek]",
    }),
    "OrgDashboard": ("The organisation's dashboard in the admin's calendar "
                     "(fetch_org_dashboard).", {
        "_extends": "DashboardFigures",
        "inactive_projects": "int",
        "completed_projects": "int",
        "people": "int",
        "validators": "int",
        "admins": "int",
        "pending_requests": "int",
        "needs_review": "int",
        "sync_problems": "int",
        "can_request": ("int", "people above the payout minimum"),
        "paid_this_month": "money",
        "paid_last_month": "money",
        "payouts_this_month": "int",
        "payouts_last_month": "int",
        "weeks": "[OrgWeek]",
    }),
    "PaymentRecords": ("Payout requests and payments (PaymentRecordCodec).", {
        "requests": ("[PayRequest]", "pending"),
        "request_history": ("[PayRequest]", "decided"),
        "payments": "[Payment]",
    }),
    "LedgerPage": ("A page of a person's ledger (LedgerCodec).", {
        "entries": "[LedgerLine]",
        "total": "int",
        "offset": "int",
    }),
    "AuditPage": ("A page of the audit log, newest first (AuditEntryCodec).", {
        "entries": "[AuditEntry]",
        "next_before_id": ("int|null", "null: no older entries"),
    }),
    "RequestBreakdown": ("What a payout request is made of (PaymentRecordCodec).", {
        "request": "PayRequest",
        "projects": "[RequestProject]",
        "checklists": "money",
        "adjustments": "money",
        "paid_before": "money",
        "currency": "str",
    }),
    "RequestProject": ("A project's part of a payout request.", {
        "project_id": "int",
        "name": "str",
        "tasks": "int",
        "mapping": "money",
        "validation": "money",
        "reversals": "money",
        "total": "money",
    }),
    "PayoutBatch": ("The pending requests as a payout file (PayoutImportCodec).", {
        "filename": "str",
        "csv": "str",
        "rows": "int",
        "total": "money",
        "currency": ("str", "the organisation's (ISO 4217)"),
    }),
    "PayoutImport": ("What an imported payout file matched (PayoutImportCodec).", {
        "matched": "[ImportMatched]",
        "mismatched": "[ImportMismatched]",
        "already_paid": "[ImportAlreadyPaid]",
        "paid_count": ("int", "0 on a dry run"),
        "paid_total": "money",
    }),
    "ImportMatched": ("A row that matches a pending request.", {
        "row": "int",
        "request_id": "int",
        "payment_id": ("int|null", "the payment made; null on a dry run"),
        "amount": "money",
    }),
    "ImportMismatched": ("A row that matches nothing, and why.", {
        "row": "int",
        "request_id": "int",
        "reason": "enum:not_found,not_pending,email_mismatch,amount_mismatch,currency_mismatch,"
                  "provider_failed,duplicate_reference,duplicate_row,own_account",
    }),
    "ImportAlreadyPaid": ("A row for a request already paid with the same reference.", {
        "row": "int",
        "request_id": "int",
    }),
    "Quiz": ("A training's quiz without correctness (QuizCodec).", {
        "training": {"id": "int", "title": "str", "pass_percent": "int"},
        "questions": "[QuizQuestion]",
        "attempts_left": "int",
        "attempts_per_day": "int",
        "next_attempt_at": ("time", "null: an attempt is possible now"),
    }),
    "QuizQuestion": ("A quiz question; answers shuffled on every call.", {
        "question_id": "int",
        "question": "str",
        "answers": [{"answer_id": "int", "answer": "str"}],
    }),
    "QuizResult": ("A graded attempt (QuizCodec).", {
        "score": ("int", "floor(100 × correct ÷ questions)"),
        "passed": "bool",
        "points_awarded": "int",
        "attempts_left": "int",
    }),
    "TrainingListsAdmin": ("The organisation's trainings by type, admin view "
                           "(TrainingCodec).", {
        "org_mapping_trainings": "[TrainingAdmin]",
        "org_validation_trainings": "[TrainingAdmin]",
        "org_project_trainings": "[TrainingAdmin]",
        "org_archived_trainings": "[TrainingAdmin]",
    }),
    "TrainingListsUser": ("The trainings not yet completed by type, and the completed ones "
                          "(TrainingCodec); the un-prefixed lists are copies for the web front "
                          "end.", {
        "org_mapping_trainings": "[TrainingUser]",
        "org_validation_trainings": "[TrainingUser]",
        "org_project_trainings": "[TrainingUser]",
        "user_completed_trainings": "[TrainingUser]",
        "mapping_trainings": "[TrainingUser]",
        "validation_trainings": "[TrainingUser]",
        "project_trainings": "[TrainingUser]",
    }),
    "OwnChecklists": ("The caller's checklists and the ones they can start "
                      "(ChecklistCodec).", {
        "user_started_checklists": "[Instance]",
        "user_completed_checklists": "[Instance]",
        "user_confirmed_checklists": "[Instance]",
        "user_available_checklists": "[Template]",
    }),
    "OthersChecklists": ("Other people's checklists by state (ChecklistCodec).", {
        "ready_for_confirmation": "[Instance]",
        "confirmed_and_completed": "[Instance]",
        "stale_started_checklists": "[Instance]",
        "started_checklists": "[Instance]",
    }),
}

# Objects inside request bodies.
REQUEST_SHAPES = {
    "QuestionInput": ("A training question, in either format of API.md §9: {question, correct, "
                      "incorrect} or {question, answers}.", {
        "question*": "str",
        "correct": ("str", "the correct answer (first format)"),
        "incorrect": ("[any]", "the other answers, as strings or {answer} (first format)"),
        "answers": ("[AnswerInput]", "every answer with its correctness (second format)"),
    }),
    "AnswerInput": ("An answer of the second question format.", {
        "answer*": "str",
        "correct": "bool",
    }),
    "QuizAnswer": ("One answer of a quiz attempt.", {
        "question_id*": "int",
        "answer_id*": "int",
    }),
    "ChecklistItemInput": ("A checklist item.", {
        "number": ("int", "the order; items are renumbered 1..n"),
        "action*": "str",
        "link": "url",
    }),
    "ItemNumber": ("An item to delete, by number.", {
        "number*": "int",
    }),
}

# --------------------------------------------------------------------------------------------
# Actions: POST /api/<group>/<name> (and GET for fetch_*), in the order of API.md.

ACTIONS = []


def action(group, name, summary, who, req=None, res=None, shape=None, note=None, always=None,
           csv=False):
    """One action. `shape`: SHAPES merged into the success envelope; `always`: the status and
    error code the action always answers with (a retired action); `csv`: also answers
    text/csv."""
    ACTIONS.append(dict(group=group, name=name, summary=summary, who=who, req=req or {},
                        res=res or {}, shape=shape, note=note, always=always, csv=csv))


# The other paths an action is served under (ActionRoute.cpp pathsOf; API.md §1.9). Every
# task/ and checklist/ path is also served as tasks/ and checklists/.
ALIASES = {
    "user/fetch_users": ["user/fetch_org_users"],
    "user/fetch_user_details": ["user/fetch_user_profile"],
    "user/update_user_details": ["user/update_profile"],
    "project/fetch_validator_dash_stats": ["user/fetch_validator_stats"],
    "task/update_user_tasks": ["project/TM4_payment_call"],
    "training/modify_training": ["training/update_training"],
    "checklist/add_checklist_comment": ["checklist/add_comment"],
    "checklist/confirm_list_item": ["checklist/confirm_item"],
}
PLURAL_GROUPS = ("task", "checklist")

# ---- user (API.md §5, §11.5) -----------------------------------------------------------------
U = "user"
action(U, "fetch_user_role", "The caller's role and name", "◦ user+ · self",
       res={"role": "enum:user,validator,admin", "name": "str"})
action(U, "fetch_user_details", "The caller's profile and figures", "◦ user+ · self",
       shape=["AccountDetails"])
action(U, "update_user_details", "Change the caller's profile", "user+ · self (onboarded)",
       req={"first_name": "str", "last_name": "str", "osm_username": "str", "city": "str",
            "country": "str", "email": "email", "payment_email": "email"},
       res={"osm_username_pending": ("str|null", "a new OSM username waiting for an admin")},
       note="Partial: a field absent, null or \"\" keeps its value.")
action(U, "assign_user", "Toggle a person's project membership", "admin · org",
       req={"project_id*": "int", "user_id*": "str",
            "member_role": ("enum:editor,validator", "default editor")},
       res={"project_id": "int", "user_id": "str", "member_role": "enum:editor,validator",
            "assigned": ("bool", "false: the member was unassigned")},
       note="Keeps the original toggle: a member is unassigned, anyone else assigned.")
action(U, "unassign_user", "Remove a person from a project", "admin · org",
       req={"project_id*": "int", "user_id*": "str"})
action(U, "invite_user", "Retired: people are invited in Auth0", "admin",
       always=("501", "not_implemented"))
action(U, "fetch_users", "The organisation's people", "admin · org",
       req={"include_deactivated": ("bool", "default false")},
       res={"users": "[UserRow]"})
action(U, "fetch_project_users", "Every active person with their membership of a project",
       "admin · org", req={"project_id*": "int"}, res={"users": "[ProjectUser]"})
action(U, "remove_users", "Deactivate a person", "admin · org",
       req={"user_id*": "str"}, res={"ended_memberships": "[EndedMembership]"})
action(U, "modify_users", "Change a person's role or activity", "admin · org",
       req={"user_id*": "str", "role": "enum:user,validator,admin", "active": "bool"},
       res={"role": "enum:user,validator,admin", "active": "bool",
            "auth0_synced": ("bool|null", "null: no Auth0 management credentials"),
            "ended_memberships": "[EndedMembership]"})
action(U, "first_login_update", "Onboarding: the caller's OSM username, payment email, place "
       "and terms", "◦ user+ · self",
       req={"osm_username*": "str", "payment_email*": "email", "city*": "str",
            "country*": "str",
            "terms_agreement*": ("bool", "must be true; `terms_accepted` is a synonym")},
       res={"needs_onboarding": "bool", "osm_username_pending": "str|null"})
action(U, "reset_test_user_stats", "Retired: figures derive from the append-only ledger", "—",
       always=("410", "gone"))
action(U, "import_users", "Retired: people are invited in Auth0", "admin",
       always=("501", "not_implemented"))
action(U, "fetch_person_work", "A person's memberships, passed trainings and checklists",
       "admin · org", req={"user_id*": "str"},
       res={"projects": "[WorkProject]", "trainings": "[WorkTraining]",
            "checklists": "[WorkChecklist]"})
action(U, "fetch_org_settings", "The organisation's settings", "user+ · org",
       res={"org": "OrgSettings"})
action(U, "update_org_settings", "Change the organisation's settings", "admin · org",
       req={"name": ("str", "1–100 characters"), "currency": ("str", "ISO 4217 code"),
            "min_payout": ("money", "≥ 0")},
       res={"org": "OrgSettings"})
action(U, "fetch_audit_log", "The organisation's audit log, newest first", "admin · org",
       req={"entity": "str", "entity_id": "str", "actor_id": "str", "action": "str",
            "search": "str", "from": "time", "to": "time",
            "limit": ("int", "default 100, at most 500"),
            "before_id": ("int", "the next page: the last page's next_before_id")},
       shape=["AuditPage"])
action(U, "fetch_osm_username_changes", "OSM username changes waiting for an admin",
       "admin · org", res={"changes": "[OsmUsernameChange]"})
action(U, "decide_osm_username_change", "Approve or reject a person's new OSM username",
       "admin · org", req={"user_id*": "str", "approve*": "bool"},
       res={"approved": "bool"})

# ---- osm (API.md §11.5) ------------------------------------------------------------------------
action("osm", "start", "Link an OpenStreetMap account (not available yet)", "user+ · self",
       always=("501", "not_implemented"))
action("osm", "callback", "The OpenStreetMap sign-in's return (not available yet)",
       "user+ · self", always=("501", "not_implemented"))
action("osm", "status", "Whether an OpenStreetMap account is linked (not available yet)",
       "user+ · self", always=("501", "not_implemented"))
action("osm", "unlink", "Unlink the OpenStreetMap account (not available yet)", "user+ · self",
       always=("501", "not_implemented"))

# ---- project (API.md §6, §11.5) ----------------------------------------------------------------
P = "project"
action(P, "create_project", "Register a TM4 project", "admin · org",
       req={"url*": ("url", "the TM4 project's address"), "mapping_rate*": "money",
            "validation_rate*": "money", "max_editors": ("int", "default 5; 0: no limit"),
            "max_validators": ("int", "default 5; 0: no limit"),
            "visibility": ("bool", "default true"), "difficulty": ("str", "default Medium"),
            "rate_type": ("any", "ignored")},
       res={"project": "Project"},
       note="Reads the name and task count from TM4; 502 when TM4 is unreachable.")
action(P, "delete_project", "Delete a project without money history", "admin · org",
       req={"project_id*": "int"})
action(P, "calculate_budget", "Project a budget without storing anything", "admin · org",
       req={"mapping_rate*": "money", "validation_rate*": "money",
            "project_id": ("int", "this or url is required"),
            "url": ("url", "this or project_id is required"), "rate_type": ("any", "ignored")},
       res={"calculation": "str", "total_tasks": "int", "budget": "money", "currency": "str",
            "name": ("str", "the project's name")})
action(P, "fetch_org_projects", "The organisation's projects", "admin · org",
       res={"org_active_projects": "[Project]", "org_inactive_projects": "[Project]"})
action(P, "fetch_user_projects", "The caller's projects and the ones they could join",
       "user+ · self",
       res={"user_projects": "[UserMemberProject]", "available_projects": "[Project]",
            "org_active_projects": ("[UserMemberProject]", "a copy of user_projects")})
action(P, "fetch_validator_projects", "The validator's projects and the ones they could join",
       "validator+ · self",
       res={"org_active_projects": ("[ValidatorMemberProject]", "member projects"),
            "org_inactive_projects": ("[Project]", "joinable projects")})
action(P, "update_project", "Change a project", "admin · org",
       req={"project_id*": "int", "difficulty": "str", "mapping_rate": "money",
            "validation_rate": "money", "max_editors": "int", "max_validators": "int",
            "visibility": "bool", "project_status": ("bool", "active"), "completed": "bool",
            "rate_type": ("any", "ignored")},
       res={"project": "Project"}, note="Partial update.")
action(P, "fetch_admin_dash_stats", "The organisation's dashboard figures", "admin · org",
       res={"active_projects": "int", "inactive_projects": "int", "completed_projects": "int",
            "mapped_tasks": "int", "validated_tasks": "int", "invalidated_tasks": "int",
            "payable_total": "money", "requests_total": "money", "payouts_total": "money",
            "earned_total": "money", "month_contribution_change": "int",
            "total_contributions_for_month": "int", "review_tasks": "int",
            "budget_warnings": ("[int]", "ids of projects at ≥ 90 % of their budget"),
            "weekly_contributions_array": ("[int]", "8 ISO weeks, oldest first"),
            "weekly_contributions_labels": ("[str]", "\"2026-W03\"")})
action(P, "fetch_user_dash_stats", "The caller's dashboard figures", "user+ · self",
       res={"month_contribution_change": "int", "total_contributions_for_month": "int",
            "mapped_tasks": "int", "validated_tasks": "int", "invalidated_tasks": "int",
            "validator_validated": "int", "validator_invalidated": "int",
            "mapping_payable_total": "money", "validation_payable_total": "money",
            "checklist_payable_total": "money", "payable_total": "money",
            "requests_total": "money", "payouts_total": "money",
            "weekly_contributions_array": ("[int]", "8 ISO weeks, oldest first"),
            "weekly_contributions_labels": "[str]"})
action(P, "fetch_validator_dash_stats", "The validator's dashboard figures", "validator+ · self",
       res={"active_projects": "int", "inactive_projects": "int", "completed_projects": "int",
            "paid_total": "money", "ready_for_confirmation": "int", "mapped_tasks": "int",
            "validated_tasks": "int", "invalidated_tasks": "int", "validator_validated": "int",
            "validator_invalidated": "int", "mapping_payable_total": "money",
            "validation_payable_total": "money", "checklist_payable_total": "money",
            "payable_total": "money", "requests_total": "money", "payouts_total": "money"})
CALENDAR = {"time_zone": ("str", "an IANA id; default UTC"),
            "week_start": ("int", "1 = Monday … 7 = Sunday; default 1")}
action(P, "fetch_user_dashboard", "The caller's dashboard in their own calendar",
       "user+ · self", req=CALENDAR, shape=["PersonDashboard"])
action(P, "fetch_org_dashboard", "The organisation's dashboard in the admin's calendar",
       "admin · org", req=CALENDAR, shape=["OrgDashboard"])
action(P, "user_join_project", "The caller joins an active, visible project", "user+ · org",
       req={"project_id*": "int", "member_role": ("enum:editor,validator", "default editor")},
       res={"project_id": "int", "member_role": "enum:editor,validator"})
action(P, "user_leave_project", "The caller leaves a project", "user+ · self",
       req={"project_id*": "int"})
action(P, "assign_user_project", "Add a person to a project", "admin · org",
       req={"user_id*": "str", "project_id*": "int",
            "member_role": ("enum:editor,validator", "default editor")},
       res={"project_id": "int", "user_id": "str", "member_role": "enum:editor,validator"})
action(P, "unassign_user_project", "Remove a person from a project", "admin · org",
       req={"user_id*": "str", "project_id*": "int"})
action(P, "set_required_trainings", "Replace the trainings a project requires", "admin · org",
       req={"project_id*": "int", "training_ids*": ("[int]", "an empty list clears the set")},
       res={"required_trainings": "[int]"})

# ---- transaction (API.md §7, §11.1) ------------------------------------------------------------
T = "transaction"
action(T, "fetch_org_transactions", "The organisation's payout requests, payments and "
       "adjustments", "admin · org", req={"user_id": ("str", "only this person's")},
       shape=["PaymentRecords"], res={"adjustments": "[OrgAdjustment]"})
action(T, "fetch_user_transactions", "The caller's payout requests, payments and adjustments",
       "user+ · self", shape=["PaymentRecords"], res={"adjustments": "[LedgerEntry]"})
action(T, "create_transaction", "Record a request, payment or adjustment for a person",
       "admin · org",
       req={"user_id*": "str", "transaction_type*": "enum:request,payment,adjustment",
            "amount*": ("money", "signed for an adjustment"),
            "payoneer_id": ("str", "the transfer reference; required for a payment"),
            "notes": "str", "task_ids": ("any", "ignored")},
       res={"request_id?": ("int", "for a request"), "payment_id?": ("int", "for a payment"),
            "entry_id?": ("int", "for an adjustment")})
action(T, "delete_transaction", "Reject a pending request (payments cannot be deleted)",
       "admin · org",
       req={"transaction_id*": "int", "transaction_type*": "enum:request,payment",
            "notes": ("str", "the reason; default \"Deleted by admin\"")})
action(T, "process_payment_request", "Pay a pending request", "admin · org",
       req={"request_id*": "int",
            "payoneer_id*": ("str", "the transfer reference; not needed with approved: false"),
            "request_amount": ("money", "default: the request's amount"), "notes": "str",
            "approved": ("bool", "false rejects the request, with notes as the reason"),
            "user_id": ("str", "must be the request's person when sent (else 400 invalid_field)"), "task_ids": ("any", "ignored")},
       res={"payment_id?": "int", "amount_paid?": "money",
            "request_id?": ("int", "when approved: false rejected the request")})
action(T, "fetch_user_payable", "The caller's balance", "user+ · self", shape=["Balance"])
action(T, "submit_payment_request", "Request a payout of the whole payable", "user+ · self",
       req={"notes": "str"}, res={"request_id": "int", "amount_requested": "money"})
action(T, "reject_payment_request", "Reject a pending request", "admin · org",
       req={"request_id*": "int", "reason*": "str"}, res={"request_id": "int"})
action(T, "cancel_payment_request", "Cancel the caller's pending request", "user+ · self",
       req={"request_id*": "int"})
action(T, "create_adjustment", "Credit or debit a person", "admin · org",
       req={"user_id*": "str", "amount*": ("money", "non-zero; + credit, − debit"),
            "reason*": "str", "project_id": "int"},
       res={"entry_id": "int",
            "payable?": ("money", "the person's payable after it; left out if it cannot be "
                         "read")})
action(T, "fetch_payment_request_details", "What a payout request is made of",
       "admin · org (user+ · self for their own)", req={"request_id*": "int"},
       shape=["RequestBreakdown"])
action(T, "fetch_user_ledger", "A page of the caller's ledger (or a person's, for admins)",
       "user+ · self; admin · org with user_id",
       req={"offset": "int", "limit": ("int", "1–200, default 200"),
            "kind": "enum:mapping,validation,checklist,checklist_validation,adjustment,"
                    "reversal,payout",
            "sort": "enum:date,kind,amount", "descending": ("bool", "default true"),
            "user_id": ("str", "admins: that person's ledger")},
       shape=["LedgerPage"])
action(T, "export_payout_batch", "Every pending request as a payout file", "admin · org",
       req={"format": ("enum:json,csv", "default json; csv (or Accept: text/csv) answers the "
                       "file itself"),
            "request_ids": ("[int]", "not available yet: any value answers 501")},
       shape=["PayoutBatch"], csv=True)
action(T, "import_payout_results", "Pay the requests a provider's results file matches",
       "admin · org",
       req={"csv*": "str", "dry_run": ("bool", "default false: report, write nothing"),
            "expect_matched": ("int", "refuse unless this many rows match (0–20000)")},
       shape=["PayoutImport"])

# ---- task (API.md §8, §11.4) -------------------------------------------------------------------
K = "task"
action(K, "update_user_tasks", "Queue a sync of the caller's member projects", "user+ · self",
       res={"runs": "[ProjectSyncRequest]"})
action(K, "admin_update_all_user_tasks", "Queue a sync of every staffed project",
       "admin · org", res={"runs": "[ProjectSyncRequest]"})
action(K, "fetch_external_validations", "Tasks waiting for an admin's review", "admin · org",
       res={"external_validations": "[ReviewItem]",
            "validations": ("[ReviewItem]", "a copy for the web front end")})
action(K, "update_task", "Validate or invalidate a task in review", "admin · org",
       req={"task_id*": ("int", "the TM4 task number, or the review id \"<project>:<task>\""),
            "project_id": "int",
            "task_action": ("str", "Validate or Invalidate, any case; this or `action` is required"),
            "action": ("str", "the web front end's name for task_action")},
       res={"project_id": "int", "task_id": "int", "mapper_credited": "money"})
action(K, "fetch_sync_status", "The sync state of the caller's projects", "user+ · org",
       req={"project_id": ("int", "only this project (404 when the caller cannot see it)"),
            "run_id": ("int", "only the project whose latest run this is")},
       res={"events_24h": "int", "projects": "[SyncStatus]", "scheduler": "SyncScheduler"})
action(K, "sync_project", "Sync a project now", "validator+ (member projects) or admin · org",
       req={"project_id*": "int", "full": ("bool", "admins: re-read every task's history")},
       res={"run": "SyncRun", "already_running": "bool", "project_id": "int",
            "already_queued": "bool"})
action(K, "fetch_sync_runs", "A project's sync runs, newest first", "user+ · org (members)",
       req={"project_id*": "int", "before_id": "int", "limit": ("int", "default 20, at most 100")},
       res={"next_before_id": "int|null", "runs": "[SyncRun]"})
action(K, "cancel_sync", "Drop a project's queued sync or stop its running one", "admin · org",
       req={"project_id*": "int"}, res={"cancelled": "bool", "project_id": "int"})

# ---- training (API.md §9, §11.2) ---------------------------------------------------------------
R = "training"
TRAINING_FIELDS = {
    "title": "str", "training_url": "url",
    "training_type": ("str", "Mapping, Validation or Project, any case"),
    "point_value": ("int", "≥ 0"), "difficulty": "str",
    "questions": ("[QuestionInput]", "replaces every question"),
}
action(R, "create_training", "Create a training with its quiz", "admin · org",
       req={**{k + "*": v for k, v in TRAINING_FIELDS.items()},
            "pass_percent": ("int", "1–100, default 70"), "project_id": ("any", "ignored")},
       res={"training_id": "int"})
action(R, "modify_training", "Change a training", "admin · org",
       req={"training_id*": "int", **TRAINING_FIELDS, "pass_percent": ("int", "1–100")},
       note="Partial update; `questions`, when given, replaces every question.")
action(R, "fetch_org_trainings", "The organisation's trainings with their answer keys",
       "admin · org", shape=["TrainingListsAdmin"])
action(R, "fetch_user_trainings", "The trainings for the caller, without correctness",
       "user+ · org", shape=["TrainingListsUser"])
action(R, "delete_training", "Archive a training", "admin · org", req={"training_id*": "int"})
action(R, "restore_training", "Bring an archived training back", "admin · org",
       req={"training_id*": "int"})
action(R, "complete_training", "Complete a training whose quiz the caller passed",
       "user+ · org", req={"training_id*": "int"},
       res={"training_type": "enum:Mapping,Validation,Project", "earned_points": "int",
            "points_awarded": ("int", "0 when already completed")})
action(R, "fetch_training_quiz", "A training's quiz, without correctness", "user+ · org",
       req={"training_id*": "int"}, shape=["Quiz"])
action(R, "submit_quiz", "Submit a quiz attempt for grading", "user+ · org",
       req={"training_id*": "int", "answers*": ("[QuizAnswer]", "every question once")},
       shape=["QuizResult"])
action(R, "fetch_training_results", "Everyone's attempts at a training", "admin · org",
       req={"training_id*": "int"}, res={"results": "[TrainingResult]"})

# ---- checklist (API.md §10, §11.3) -------------------------------------------------------------
C = "checklist"
INSTANCE = ("int", "the instance id (a person's checklist)")
TEMPLATE = ("int", "the template id")
action(C, "create_checklist", "Create a checklist template", "admin · org",
       req={"checklistName*": "str", "checklistDescription": "str",
            "checklistDifficulty": ("str", "default Medium"), "completionRate*": "money",
            "validationRate*": "money", "visibility": ("bool", "default true"),
            "checklistStatus": ("bool", "active, default true; or active_status"),
            "dueDate": ("date", "or due_date"),
            "listItems*": ("[ChecklistItemInput]", "1 to 200 items")},
       res={"checklist_id": "int"})
action(C, "update_checklist", "Change a checklist template", "admin · org",
       req={"checklistSelected*": ("int", "the template id; or checklist_id"),
            "checklistName": ("str", "or name"),
            "checklistDescription": ("str", "or description"),
            "difficulty": ("str", "or checklistDifficulty"),
            "completionRate": ("money", "or completion_rate"),
            "validationRate": ("money", "or validation_rate"), "visibility": "bool",
            "checklistStatus": ("bool", "active; or active_status"),
            "dueDate": ("date", "or due_date; \"\" or null removes it")},
       res={"updated": "bool"}, note="Partial update.")
action(C, "update_list_items", "Edit a template's items (and its open instances')",
       "admin · org",
       req={"checklist_id*": TEMPLATE, "list_items*": "[ChecklistItemInput]",
            "delete_list_items": "[ItemNumber]"},
       res={"created": "bool"})
action(C, "delete_checklist", "Archive a checklist template", "admin · org",
       req={"checklist_id*": TEMPLATE}, res={"deleted": "bool"})
action(C, "fetch_admin_checklists", "Every template and other people's checklists by state",
       "admin · org",
       res={"active_checklists": "[Template]", "inactive_checklists": "[Template]"},
       shape=["OthersChecklists"])
action(C, "fetch_user_checklists", "The caller's checklists and the ones they can start",
       "user+ · self", shape=["OwnChecklists"])
action(C, "fetch_validator_checklists", "The caller's checklists and other people's by state",
       "validator+ · org", shape=["OwnChecklists", "OthersChecklists"])
action(C, "fetch_checklist_users", "Every person with their state for a template",
       "admin · org", req={"checklist_id*": TEMPLATE}, res={"users": "[ChecklistPerson]"})
action(C, "fetch_checklist_comments", "Older comments of a person's checklist",
       "user+ · org", req={"checklist_id*": INSTANCE, "before_id": "int",
                           "limit": ("int", "default 50, at most 100")},
       res={"comments": "[Comment]", "more": "bool"})
action(C, "assign_user_checklist", "Start a template for a person", "admin · org",
       req={"checklist_id*": TEMPLATE, "user_id*": "str"},
       res={"started": "bool", "user_checklist_id": "int"})
action(C, "unassign_user_checklist", "Delete a person's unconfirmed checklist", "admin · org",
       req={"checklist_id*": TEMPLATE, "user_id*": "str"}, res={"unassigned": "bool"})
action(C, "start_checklist", "The caller starts a template", "user+ · org",
       req={"checklist_id*": TEMPLATE}, res={"started": "bool", "user_checklist_id": "int"})
ITEM = {"checklist_id*": INSTANCE, "item_number*": ("int", "from 1")}
action(C, "complete_list_item", "The caller completes an item", "user+ · self",
       req={**ITEM, "user_id": ("str", "if sent, the caller (else 403 not_owner)")},
       res={"checklist_completed": ("bool", "every item is completed now")})
action(C, "confirm_list_item", "Confirm a person's completed item", "validator+ · org",
       req=ITEM, res={"checklist_confirmed": ("bool", "this was the last item: rewards credited")})
action(C, "uncomplete_list_item", "The caller reopens an unconfirmed item", "user+ · self",
       req=ITEM, res={"checklist_completed": ("bool", "always false")})
action(C, "confirm_checklist", "Confirm every completed item at once", "validator+ · org",
       req={"checklist_id*": INSTANCE},
       res={"checklist_confirmed": "bool", "confirmed_items": "int"})
action(C, "submit_checklist", "Check that the caller's checklist is complete", "user+ · self",
       req={"checklist_id*": INSTANCE}, res={"checklist_completed": "bool"})
action(C, "add_checklist_comment", "Comment on a person's checklist", "user+ · org (owner or "
       "validator+)", req={"checklist_id*": INSTANCE, "comment*": "str"},
       res={"comment_added": "bool", "comment_id": "int"})
action(C, "delete_checklist_comment", "Delete a comment", "user+ · org (author or admin)",
       req={"comment_id*": "int"}, res={"comment_deleted": "bool"})
action(C, "delete_checklist_item", "Remove an item from a template and its open instances",
       "admin · org", req={"item_id*": "int", "checklist_id*": TEMPLATE},
       res={"item_deleted": "bool"})
