<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>mikro::auth</name>
    <message>
        <source>Your sign-in is not valid. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cannot be checked right now. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key is not usable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::auth::AuthSession</name>
    <message>
        <source>You are not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::auth::LoopbackReceiver</name>
    <message>
        <source>Mikro can&apos;t receive the sign-in reply: ports %1 are all in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in was not started by this Mikro window. Return to Mikro and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in link was already used. You can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to Mikro to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this window and return to Mikro.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::auth::PkceLogin</name>
    <message>
        <source>Sign-in timed out. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled or refused. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::auth::SecretStore</name>
    <message>
        <source>Nothing is stored under that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain isn&apos;t available, so you stay signed in only until Mikro closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::auth::TokenClient</name>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service can&apos;t be reached. Check your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service did not issue a session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::core::ConfigReader</name>
    <message>
        <source>Configuration error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::core::Csv</name>
    <message>
        <source>The file is not valid CSV at line %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::core::Money</name>
    <message>
        <source>Enter an amount like 12.50: digits, at most two decimals, no signs or separators.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::domain::AccessPolicy</name>
    <message>
        <source>Finish your profile first: OSM username, payment email, city, country and the terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not part of an organisation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::domain::AuditTrail</name>
    <message>
        <source>Ask for 1 to 500 entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::domain::BudgetCalculator</name>
    <message>
        <source>That project does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::domain::ChecklistAdmin</name>
    <message>
        <source>That checklist does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist was confirmed and credited; it stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is empty or too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::domain::ChecklistBoard</name>
    <message>
        <source>That checklist does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::domain::ChecklistItems</name>
    <message>
        <source>Too many items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item numbers start at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item needs a number from 1 and an action of up to 1000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links must be http or https addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That checklist does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist needs at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That item does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::domain::ChecklistService</name>
    <message>
        <source>That checklist does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name of up to 255 characters is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist needs at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item needs an action of up to 1000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links must be http or https addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist was already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the checklist&apos;s owner ticks its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confirmed item cannot be unticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else confirms your own checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item was already confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner has not completed this item yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment of up to 2000 characters is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only its author or an admin deletes a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item must be completed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are posting comments too fast. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::domain::CreditingService</name>
    <message>
        <source>That task does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task is not waiting for a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another admin has to decide on your own work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::domain::IdentityService</name>
    <message>
        <source>Your sign-in is not valid. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an admin of your organisation to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in belongs to another organisation than your account. Ask an admin to move your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::domain::OsmUsernames</name>
    <message>
        <source>Another admin has to decide on your own change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person has no OSM username change waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That OSM username is already used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::domain::PayoutService</name>
    <message>
        <source>That payout request does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was already paid, rejected or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a payout request waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to pay out yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your payable amount is below your organisation&apos;s minimum payout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount paid must be more than zero and at most the amount requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That transfer reference was already used in your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjustment cannot be zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid operation key is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation key was already used for another change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero and at most the payable amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person already has a payout request waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That project does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money for your own account needs another admin of your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::domain::PeopleService</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text holds control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the terms to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That OSM username is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation needs at least one admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum payout cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency cannot change once the organisation has ledger entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::domain::ProjectRequirements</name>
    <message>
        <source>Give at most 50 training ids, each a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That project does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That training does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::domain::ProjectService</name>
    <message>
        <source>That project does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates must be at least 0.01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the Tasking Manager project&apos;s address, ending in its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That project is already in Mikro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit is below the people already assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People were paid for this project; deactivate it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating needs the validator role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project cannot be joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s required trainings are not all passed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already a member of this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an admin to leave this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not a member of this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is not a member of this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a difficulty of 1 to 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::domain::ReconciliationService</name>
    <message>
        <source>Line %1 of the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column “%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has fewer columns than the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request id is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is not like 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a paid row needs a transfer reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::domain::TrainingCatalog</name>
    <message>
        <source>That training does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::domain::TrainingService</name>
    <message>
        <source>That training does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Mapping, Validation or Project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass mark is a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links must be http or https addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training needs at least one question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each question needs one correct answer and at least one wrong one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer does not belong to its question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the training&apos;s quiz first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have used today&apos;s %n quiz attempt(s) for this training. Review the material and try again later.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mikro::http</name>
    <message>
        <source>The server is busy. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action does not accept that method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many connections from your address. Close some and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::http::HttpConnection</name>
    <message>
        <source>The request took too long to arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is larger than allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request headers are larger than allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request path is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has the %1 header more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chunked transfer coding is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has both Transfer-Encoding and Content-Length.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::http::HttpServer</name>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::store</name>
    <message>
        <source>That already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with the stored data and was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached right now. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::store::Migrator</name>
    <message>
        <source>The database schema could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::sync::SyncEngine</name>
    <message>
        <source>The request to the Tasking Manager was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That project does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) could not be synchronised and will be tried again: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::sync::SyncRuns</name>
    <message>
        <source>This project is being synchronised already. Its figures update when that sync ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync took too long and another one took over the project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::tm4::Parser</name>
    <message>
        <source>The Tasking Manager sent a reply Mikro cannot read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::tm4::Transport</name>
    <message>
        <source>The Tasking Manager did not answer. Mikro will try again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tasking Manager has no such project or task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tasking Manager refused Mikro&apos;s token. Ask an administrator to check TM4_API_TOKEN and TM4_AUTH_SCHEME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tasking Manager answered with an unexpected status (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::ui::BalanceCards</name>
    <message>
        <source>Earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your balances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the ledger, as of %1. Work in the Tasking Manager appears here after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balances could not be read: %1 Mikro tries again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::ui::MainWindow</name>
    <message>
        <source>Mikro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Mikro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing your local data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local store: opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your local data is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local store: ready (schema %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Close Mikro, check that the data folder is writable, and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local store: unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mikro::ui::SignInWindow</name>
    <message>
        <source>Sign in to Mikro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mikro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task tracking and payments for OpenStreetMap mappers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser didn&apos;t open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing you in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish signing in in your browser. Mikro continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy the link below into a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your profile…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
