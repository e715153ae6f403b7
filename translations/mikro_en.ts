<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>mikro::auth</name>
    <message>
        <source>Your sign-in is not valid. Sign in again.</source>
        <translation>Your sign-in is not valid. Sign in again.</translation>
    </message>
    <message>
        <source>Sign-in cannot be checked right now. Try again shortly.</source>
        <translation>Sign-in cannot be checked right now. Try again shortly.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Your sign-in has expired. Sign in again.</translation>
    </message>
    <message>
        <source>The signing key is not usable.</source>
        <translation>The signing key is not usable.</translation>
    </message>
</context>
<context>
    <name>mikro::auth::AuthSession</name>
    <message>
        <source>You are not signed in.</source>
        <translation>You are not signed in.</translation>
    </message>
</context>
<context>
    <name>mikro::auth::LoopbackReceiver</name>
    <message>
        <source>Mikro can&apos;t receive the sign-in reply: ports %1 are all in use.</source>
        <translation>Mikro can&apos;t receive the sign-in reply: ports %1 are all in use.</translation>
    </message>
    <message>
        <source>Sign-in not recognised</source>
        <translation>Sign-in not recognised</translation>
    </message>
    <message>
        <source>This sign-in was not started by this Mikro window. Return to Mikro and start again.</source>
        <translation>This sign-in was not started by this Mikro window. Return to Mikro and start again.</translation>
    </message>
    <message>
        <source>Already signed in</source>
        <translation>Already signed in</translation>
    </message>
    <message>
        <source>This sign-in link was already used. You can close this window.</source>
        <translation>This sign-in link was already used. You can close this window.</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Sign-in cancelled</translation>
    </message>
    <message>
        <source>Return to Mikro to try again.</source>
        <translation>Return to Mikro to try again.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>You can close this window and return to Mikro.</source>
        <translation>You can close this window and return to Mikro.</translation>
    </message>
</context>
<context>
    <name>mikro::auth::PkceLogin</name>
    <message>
        <source>Sign-in timed out. Nothing was changed.</source>
        <translation>Sign-in timed out. Nothing was changed.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or refused. Try again.</source>
        <translation>The sign-in was cancelled or refused. Try again.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Sign-in cancelled.</translation>
    </message>
</context>
<context>
    <name>mikro::auth::SecretStore</name>
    <message>
        <source>Nothing is stored under that name.</source>
        <translation>Nothing is stored under that name.</translation>
    </message>
    <message>
        <source>The system keychain isn&apos;t available, so you stay signed in only until Mikro closes.</source>
        <translation>The system keychain isn&apos;t available, so you stay signed in only until Mikro closes.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>The system keychain reported an error.</translation>
    </message>
</context>
<context>
    <name>mikro::auth::TokenClient</name>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Your session has ended. Sign in again.</translation>
    </message>
    <message>
        <source>The sign-in service can&apos;t be reached. Check your connection.</source>
        <translation>The sign-in service can&apos;t be reached. Check your connection.</translation>
    </message>
    <message>
        <source>The sign-in service did not issue a session.</source>
        <translation>The sign-in service did not issue a session.</translation>
    </message>
</context>
<context>
    <name>mikro::client::ApiConnection</name>
    <message>
        <source>Enter the server&apos;s address starting with https:// (http:// only for a server on this computer).</source>
        <translation>Enter the server&apos;s address starting with https:// (http:// only for a server on this computer).</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again.</source>
        <translation>The server did not answer in time. Check your connection and try again.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so Mikro did not send anything. Check the server address in Settings or ask your administrator.</source>
        <translation>The server&apos;s certificate is not trusted, so Mikro did not send anything. Check the server address in Settings or ask your administrator.</translation>
    </message>
    <message>
        <source>Mikro cannot reach the server at %1. Check your connection, or the server address in Settings.</source>
        <translation>Mikro cannot reach the server at %1. Check your connection, or the server address in Settings.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1). Try again; if it happens again, tell your administrator.</source>
        <translation>The server refused the request (HTTP %1). Try again; if it happens again, tell your administrator.</translation>
    </message>
</context>
<context>
    <name>mikro::client::HttpBackend</name>
    <message>
        <source>Mikro server at %1</source>
        <translation>Mikro server at %1</translation>
    </message>
</context>
<context>
    <name>mikro::client::InProcessBackend</name>
    <message>
        <source>Database %1</source>
        <translation>Database %1</translation>
    </message>
</context>
<context>
    <name>mikro::client::InProcessContext</name>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
</context>
<context>
    <name>mikro::client::InProcessSyncClient</name>
    <message>
        <source>No Tasking Manager is configured. Set its address in Settings, then try again.</source>
        <translation>No Tasking Manager is configured. Set its address in Settings, then try again.</translation>
    </message>
</context>
<context>
    <name>mikro::client::JsonReader</name>
    <message>
        <source>The server&apos;s answer could not be read. Mikro and the server may be different versions: update Mikro, or tell your administrator.</source>
        <translation>The server&apos;s answer could not be read. Mikro and the server may be different versions: update Mikro, or tell your administrator.</translation>
    </message>
</context>
<context>
    <name>mikro::client::KeptReads</name>
    <message>
        <source>You are working offline. Sign in to read the latest.</source>
        <translation>You are working offline. Sign in to read the latest.</translation>
    </message>
</context>
<context>
    <name>mikro::client::OfflineChecklistsClient</name>
    <message>
        <source>&apos;%1&apos; was never created on the server, so this change was not applied.</source>
        <translation>&apos;%1&apos; was never created on the server, so this change was not applied.</translation>
    </message>
    <message>
        <source>Item %1 of &apos;%2&apos; was already confirmed — nothing was lost.</source>
        <translation>Item %1 of &apos;%2&apos; was already confirmed — nothing was lost.</translation>
    </message>
    <message>
        <source>Item %1 of &apos;%2&apos; was already confirmed by %3 at %4 — nothing was lost.</source>
        <translation>Item %1 of &apos;%2&apos; was already confirmed by %3 at %4 — nothing was lost.</translation>
    </message>
    <message>
        <source>%1 marked item %2 as not done before your confirmation arrived; it was not confirmed.</source>
        <translation>%1 marked item %2 as not done before your confirmation arrived; it was not confirmed.</translation>
    </message>
    <message>
        <source>Item %1 of &apos;%2&apos; was confirmed before your change arrived; it stays done.</source>
        <translation>Item %1 of &apos;%2&apos; was confirmed before your change arrived; it stays done.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; no longer exists; %n change(s) were not applied.</source>
        <translation>
            <numerusform>&apos;%1&apos; no longer exists; %n change was not applied.</numerusform>
            <numerusform>&apos;%1&apos; no longer exists; %n changes were not applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; no longer exists for %2; %n change(s) were not applied.</source>
        <translation>
            <numerusform>&apos;%1&apos; no longer exists for %2; %n change was not applied.</numerusform>
            <numerusform>&apos;%1&apos; no longer exists for %2; %n changes were not applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can no longer confirm checklists; %n change(s) were not applied.</source>
        <translation>
            <numerusform>You can no longer confirm checklists; %n change was not applied.</numerusform>
            <numerusform>You can no longer confirm checklists; %n changes were not applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can no longer work on this checklist; %n change(s) were not applied.</source>
        <translation>
            <numerusform>You can no longer work on this checklist; %n change was not applied.</numerusform>
            <numerusform>You can no longer work on this checklist; %n changes were not applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mikro::client::OfflineStore</name>
    <message>
        <source>This computer&apos;s offline data cannot be opened.</source>
        <translation>This computer&apos;s offline data cannot be opened.</translation>
    </message>
    <message>
        <source>This computer&apos;s offline data was written by a newer Mikro. Update Mikro to use it.</source>
        <translation>This computer&apos;s offline data was written by a newer Mikro. Update Mikro to use it.</translation>
    </message>
</context>
<context>
    <name>mikro::client::Tm4Slot</name>
    <message>
        <source>No Tasking Manager is configured for this connection. Set connection/tm4ApiUrl in the desktop&apos;s settings file, or connect through mikro-server.</source>
        <translation>No Tasking Manager is configured for this connection. Set connection/tm4ApiUrl in the desktop&apos;s settings file, or connect through mikro-server.</translation>
    </message>
</context>
<context>
    <name>mikro::core::ConfigReader</name>
    <message>
        <source>Configuration error: %1.</source>
        <translation>Configuration error: %1.</translation>
    </message>
</context>
<context>
    <name>mikro::core::Csv</name>
    <message>
        <source>The file is not valid CSV at line %1.</source>
        <translation>The file is not valid CSV at line %1.</translation>
    </message>
</context>
<context>
    <name>mikro::core::Money</name>
    <message>
        <source>Enter an amount like 12.50: digits, at most two decimals, no signs or separators.</source>
        <translation>Enter an amount like 12.50: digits, at most two decimals, no signs or separators.</translation>
    </message>
</context>
<context>
    <name>mikro::desktop::CommandLine</name>
    <message>
        <source>Mikro desktop.</source>
        <translation>Mikro desktop.</translation>
    </message>
    <message>
        <source>The Mikro server to use instead of the configured one (https, or http on this computer).</source>
        <translation>The Mikro server to use instead of the configured one (https, or http on this computer).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Work in process on this SQLite file instead of a Mikro server (one person&apos;s own data).</source>
        <translation>Work in process on this SQLite file instead of a Mikro server (one person&apos;s own data).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
</context>
<context>
    <name>mikro::desktop::DesktopComposition</name>
    <message>
        <source>Your local data can&apos;t be opened: %1 Check that the data folder is writable, or choose a Mikro server in the connection settings.</source>
        <translation>Your local data can&apos;t be opened: %1 Check that the data folder is writable, or choose a Mikro server in the connection settings.</translation>
    </message>
    <message>
        <source>Welcome to Mikro</source>
        <translation>Welcome to Mikro</translation>
    </message>
    <message>
        <source>Signed out on this computer; the session expires by itself.</source>
        <translation>Signed out on this computer; the session expires by itself.</translation>
    </message>
    <message>
        <source>Nothing is kept on this computer to work offline with. Sign in once with a connection first.</source>
        <translation>Nothing is kept on this computer to work offline with. Sign in once with a connection first.</translation>
    </message>
    <message>
        <source>Working offline. Sign in again to send your changes.</source>
        <translation>Working offline. Sign in again to send your changes.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::AccessPolicy</name>
    <message>
        <source>Finish your profile first: OSM username, payment email, city, country and the terms.</source>
        <translation>Finish your profile first: OSM username, payment email, city, country and the terms.</translation>
    </message>
    <message>
        <source>You are not part of an organisation yet.</source>
        <translation>You are not part of an organisation yet.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::AuditTrail</name>
    <message>
        <source>Ask for 1 to 500 entries.</source>
        <translation>Ask for 1 to 500 entries.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::BudgetCalculator</name>
    <message>
        <source>That project does not exist.</source>
        <translation>That project does not exist.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ChecklistAdmin</name>
    <message>
        <source>That checklist does not exist.</source>
        <translation>That checklist does not exist.</translation>
    </message>
    <message>
        <source>This checklist was confirmed and credited; it stays.</source>
        <translation>This checklist was confirmed and credited; it stays.</translation>
    </message>
    <message>
        <source>This text is empty or too long.</source>
        <translation>This text is empty or too long.</translation>
    </message>
    <message>
        <source>Rates cannot be negative.</source>
        <translation>Rates cannot be negative.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ChecklistBoard</name>
    <message>
        <source>That checklist does not exist.</source>
        <translation>That checklist does not exist.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ChecklistComments</name>
    <message>
        <source>You are posting comments too fast. Wait a moment and try again.</source>
        <translation>You are posting comments too fast. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>A comment of up to 2000 characters is required.</source>
        <translation>A comment of up to 2000 characters is required.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <source>Only its author or an admin deletes a comment.</source>
        <translation>Only its author or an admin deletes a comment.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ChecklistItems</name>
    <message>
        <source>Too many items.</source>
        <translation>Too many items.</translation>
    </message>
    <message>
        <source>Item numbers start at 1.</source>
        <translation>Item numbers start at 1.</translation>
    </message>
    <message>
        <source>Every item needs a number from 1 and an action of up to 1000 characters.</source>
        <translation>Every item needs a number from 1 and an action of up to 1000 characters.</translation>
    </message>
    <message>
        <source>Links must be http or https addresses.</source>
        <translation>Links must be http or https addresses.</translation>
    </message>
    <message>
        <source>That checklist does not exist.</source>
        <translation>That checklist does not exist.</translation>
    </message>
    <message>
        <source>A checklist needs at least one item.</source>
        <translation>A checklist needs at least one item.</translation>
    </message>
    <message>
        <source>That item does not exist.</source>
        <translation>That item does not exist.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ChecklistService</name>
    <message>
        <source>That checklist does not exist.</source>
        <translation>That checklist does not exist.</translation>
    </message>
    <message>
        <source>A name of up to 255 characters is required.</source>
        <translation>A name of up to 255 characters is required.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>This text is too long.</translation>
    </message>
    <message>
        <source>Rates cannot be negative.</source>
        <translation>Rates cannot be negative.</translation>
    </message>
    <message>
        <source>A checklist needs at least one item.</source>
        <translation>A checklist needs at least one item.</translation>
    </message>
    <message>
        <source>Every item needs an action of up to 1000 characters.</source>
        <translation>Every item needs an action of up to 1000 characters.</translation>
    </message>
    <message>
        <source>Links must be http or https addresses.</source>
        <translation>Links must be http or https addresses.</translation>
    </message>
    <message>
        <source>This checklist is not open.</source>
        <translation>This checklist is not open.</translation>
    </message>
    <message>
        <source>That person does not exist.</source>
        <translation>That person does not exist.</translation>
    </message>
    <message>
        <source>This checklist was already started.</source>
        <translation>This checklist was already started.</translation>
    </message>
    <message>
        <source>Only the checklist&apos;s owner ticks its items.</source>
        <translation>Only the checklist&apos;s owner ticks its items.</translation>
    </message>
    <message>
        <source>A confirmed item cannot be unticked.</source>
        <translation>A confirmed item cannot be unticked.</translation>
    </message>
    <message>
        <source>Someone else confirms your own checklist.</source>
        <translation>Someone else confirms your own checklist.</translation>
    </message>
    <message>
        <source>This item was already confirmed.</source>
        <translation>This item was already confirmed.</translation>
    </message>
    <message>
        <source>The owner has not completed this item yet.</source>
        <translation>The owner has not completed this item yet.</translation>
    </message>
    <message>
        <source>Every item must be completed first.</source>
        <translation>Every item must be completed first.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::CreditingService</name>
    <message>
        <source>That task does not exist.</source>
        <translation>That task does not exist.</translation>
    </message>
    <message>
        <source>This task is not waiting for a review.</source>
        <translation>This task is not waiting for a review.</translation>
    </message>
    <message>
        <source>Another admin has to decide on your own work.</source>
        <translation>Another admin has to decide on your own work.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::IdentityService</name>
    <message>
        <source>Your sign-in is not valid. Sign in again.</source>
        <translation>Your sign-in is not valid. Sign in again.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an admin of your organisation to restore it.</source>
        <translation>This account has been deactivated. Ask an admin of your organisation to restore it.</translation>
    </message>
    <message>
        <source>Your sign-in belongs to another organisation than your account. Ask an admin to move your account.</source>
        <translation>Your sign-in belongs to another organisation than your account. Ask an admin to move your account.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Not found.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::LedgerHistory</name>
    <message>
        <source>Ask for 1 to 200 ledger lines at a time.</source>
        <translation>Ask for 1 to 200 ledger lines at a time.</translation>
    </message>
    <message>
        <source>The offset cannot be negative.</source>
        <translation>The offset cannot be negative.</translation>
    </message>
    <message>
        <source>This person is not in your organisation.</source>
        <translation>This person is not in your organisation.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::OrganisationSettings</name>
    <message>
        <source>That organisation does not exist.</source>
        <translation>That organisation does not exist.</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as USD.</source>
        <translation>Use a three-letter currency code such as USD.</translation>
    </message>
    <message>
        <source>The minimum payout cannot be negative.</source>
        <translation>The minimum payout cannot be negative.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>This text is too long.</translation>
    </message>
    <message>
        <source>The currency cannot change once the organisation has ledger entries.</source>
        <translation>The currency cannot change once the organisation has ledger entries.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::OsmUsernames</name>
    <message>
        <source>Another admin has to decide on your own change.</source>
        <translation>Another admin has to decide on your own change.</translation>
    </message>
    <message>
        <source>That person has no OSM username change waiting.</source>
        <translation>That person has no OSM username change waiting.</translation>
    </message>
    <message>
        <source>That OSM username is already used.</source>
        <translation>That OSM username is already used.</translation>
    </message>
    <message>
        <source>Changing your OSM username needs an organisation to approve it.</source>
        <translation>Changing your OSM username needs an organisation to approve it.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::PaymentRecords</name>
    <message>
        <source>There is no such payout request.</source>
        <translation>There is no such payout request.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::PayoutService</name>
    <message>
        <source>That payout request does not exist.</source>
        <translation>That payout request does not exist.</translation>
    </message>
    <message>
        <source>This request was already paid, rejected or cancelled.</source>
        <translation>This request was already paid, rejected or cancelled.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>This text is too long.</translation>
    </message>
    <message>
        <source>You already have a payout request waiting.</source>
        <translation>You already have a payout request waiting.</translation>
    </message>
    <message>
        <source>There is nothing to pay out yet.</source>
        <translation>There is nothing to pay out yet.</translation>
    </message>
    <message>
        <source>Your payable amount is below your organisation&apos;s minimum payout.</source>
        <translation>Your payable amount is below your organisation&apos;s minimum payout.</translation>
    </message>
    <message>
        <source>The amount paid must be more than zero and at most the amount requested.</source>
        <translation>The amount paid must be more than zero and at most the amount requested.</translation>
    </message>
    <message>
        <source>That transfer reference was already used in your organisation.</source>
        <translation>That transfer reference was already used in your organisation.</translation>
    </message>
    <message>
        <source>An adjustment cannot be zero.</source>
        <translation>An adjustment cannot be zero.</translation>
    </message>
    <message>
        <source>A valid operation key is required.</source>
        <translation>A valid operation key is required.</translation>
    </message>
    <message>
        <source>That person does not exist.</source>
        <translation>That person does not exist.</translation>
    </message>
    <message>
        <source>This operation key was already used for another change.</source>
        <translation>This operation key was already used for another change.</translation>
    </message>
    <message>
        <source>The amount must be more than zero and at most the payable amount.</source>
        <translation>The amount must be more than zero and at most the payable amount.</translation>
    </message>
    <message>
        <source>This person already has a payout request waiting.</source>
        <translation>This person already has a payout request waiting.</translation>
    </message>
    <message>
        <source>That project does not exist.</source>
        <translation>That project does not exist.</translation>
    </message>
    <message>
        <source>Money for your own account needs another admin of your organisation.</source>
        <translation>Money for your own account needs another admin of your organisation.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::PeopleService</name>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>This text is too long.</translation>
    </message>
    <message>
        <source>This text holds control characters.</source>
        <translation>This text holds control characters.</translation>
    </message>
    <message>
        <source>That person does not exist.</source>
        <translation>That person does not exist.</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Enter a valid email address.</translation>
    </message>
    <message>
        <source>Accept the terms to continue.</source>
        <translation>Accept the terms to continue.</translation>
    </message>
    <message>
        <source>That OSM username is already used.</source>
        <translation>That OSM username is already used.</translation>
    </message>
    <message>
        <source>An organisation needs at least one admin.</source>
        <translation>An organisation needs at least one admin.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>This person is already deactivated.</source>
        <translation>This person is already deactivated.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::PersonWorkQuery</name>
    <message>
        <source>That person does not exist.</source>
        <translation>That person does not exist.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ProjectMembership</name>
    <message>
        <source>That person is not a member of this project.</source>
        <translation>That person is not a member of this project.</translation>
    </message>
    <message>
        <source>This project cannot be joined.</source>
        <translation>This project cannot be joined.</translation>
    </message>
    <message>
        <source>That person does not exist.</source>
        <translation>That person does not exist.</translation>
    </message>
    <message>
        <source>Validating needs the validator role.</source>
        <translation>Validating needs the validator role.</translation>
    </message>
    <message>
        <source>The project&apos;s required trainings are not all passed yet.</source>
        <translation>The project&apos;s required trainings are not all passed yet.</translation>
    </message>
    <message>
        <source>This project is full.</source>
        <translation>This project is full.</translation>
    </message>
    <message>
        <source>Already a member of this project.</source>
        <translation>Already a member of this project.</translation>
    </message>
    <message>
        <source>Ask an admin to leave this project.</source>
        <translation>Ask an admin to leave this project.</translation>
    </message>
    <message>
        <source>You are not a member of this project.</source>
        <translation>You are not a member of this project.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ProjectRequirements</name>
    <message>
        <source>Give at most 50 training ids, each a positive number.</source>
        <translation>Give at most 50 training ids, each a positive number.</translation>
    </message>
    <message>
        <source>That project does not exist.</source>
        <translation>That project does not exist.</translation>
    </message>
    <message>
        <source>That training does not exist.</source>
        <translation>That training does not exist.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ProjectService</name>
    <message>
        <source>That project does not exist.</source>
        <translation>That project does not exist.</translation>
    </message>
    <message>
        <source>Rates must be at least 0.01.</source>
        <translation>Rates must be at least 0.01.</translation>
    </message>
    <message>
        <source>The budget is too large.</source>
        <translation>The budget is too large.</translation>
    </message>
    <message>
        <source>Paste the Tasking Manager project&apos;s address, ending in its number.</source>
        <translation>Paste the Tasking Manager project&apos;s address, ending in its number.</translation>
    </message>
    <message>
        <source>Limits cannot be negative.</source>
        <translation>Limits cannot be negative.</translation>
    </message>
    <message>
        <source>That project is already in Mikro.</source>
        <translation>That project is already in Mikro.</translation>
    </message>
    <message>
        <source>The limit is below the people already assigned.</source>
        <translation>The limit is below the people already assigned.</translation>
    </message>
    <message>
        <source>People were paid for this project; deactivate it instead.</source>
        <translation>People were paid for this project; deactivate it instead.</translation>
    </message>
    <message>
        <source>Give a difficulty of 1 to 50 characters.</source>
        <translation>Give a difficulty of 1 to 50 characters.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::ReconciliationService</name>
    <message>
        <source>Line %1 of the file: %2</source>
        <translation>Line %1 of the file: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the column “%1” is missing</source>
        <translation>the column “%1” is missing</translation>
    </message>
    <message>
        <source>it has fewer columns than the header</source>
        <translation>it has fewer columns than the header</translation>
    </message>
    <message>
        <source>the request id is not a number</source>
        <translation>the request id is not a number</translation>
    </message>
    <message>
        <source>the amount is not like 12.50</source>
        <translation>the amount is not like 12.50</translation>
    </message>
    <message>
        <source>a paid row needs a transfer reference</source>
        <translation>a paid row needs a transfer reference</translation>
    </message>
    <message>
        <source>Requests changed since the preview: %1 rows match now, not %2. Nothing was paid; check the preview again.</source>
        <translation>Requests changed since the preview: %1 rows match now, not %2. Nothing was paid; check the preview again.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::TrainingCatalog</name>
    <message>
        <source>That training does not exist.</source>
        <translation>That training does not exist.</translation>
    </message>
</context>
<context>
    <name>mikro::domain::TrainingService</name>
    <message>
        <source>That training does not exist.</source>
        <translation>That training does not exist.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>This text is too long.</translation>
    </message>
    <message>
        <source>Choose Mapping, Validation or Project.</source>
        <translation>Choose Mapping, Validation or Project.</translation>
    </message>
    <message>
        <source>The pass mark is a percentage.</source>
        <translation>The pass mark is a percentage.</translation>
    </message>
    <message>
        <source>Links must be http or https addresses.</source>
        <translation>Links must be http or https addresses.</translation>
    </message>
    <message>
        <source>A training needs at least one question.</source>
        <translation>A training needs at least one question.</translation>
    </message>
    <message>
        <source>Each question needs one correct answer and at least one wrong one.</source>
        <translation>Each question needs one correct answer and at least one wrong one.</translation>
    </message>
    <message>
        <source>Answer every question.</source>
        <translation>Answer every question.</translation>
    </message>
    <message>
        <source>An answer does not belong to its question.</source>
        <translation>An answer does not belong to its question.</translation>
    </message>
    <message>
        <source>Pass the training&apos;s quiz first.</source>
        <translation>Pass the training&apos;s quiz first.</translation>
    </message>
    <message numerus="yes">
        <source>You have used today&apos;s %n quiz attempt(s) for this training. Review the material and try again later.</source>
        <translation>
            <numerusform>You have used today&apos;s %n quiz attempt for this training. Review the material and try again later.</numerusform>
            <numerusform>You have used today&apos;s %n quiz attempts for this training. Review the material and try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mikro::http</name>
    <message>
        <source>The server is busy. Try again shortly.</source>
        <translation>The server is busy. Try again shortly.</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>Unknown action.</translation>
    </message>
    <message>
        <source>This action does not accept that method.</source>
        <translation>This action does not accept that method.</translation>
    </message>
    <message>
        <source>Too many connections from your address. Close some and try again.</source>
        <translation>Too many connections from your address. Close some and try again.</translation>
    </message>
</context>
<context>
    <name>mikro::http::HttpConnection</name>
    <message>
        <source>The request took too long to arrive.</source>
        <translation>The request took too long to arrive.</translation>
    </message>
    <message>
        <source>The request path is not valid.</source>
        <translation>The request path is not valid.</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>Internal server error</translation>
    </message>
</context>
<context>
    <name>mikro::http::HttpServer</name>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>Cannot listen on %1:%2.</translation>
    </message>
</context>
<context>
    <name>mikro::http::RequestReader</name>
    <message>
        <source>The request has the %1 header more than once.</source>
        <translation>The request has the %1 header more than once.</translation>
    </message>
    <message>
        <source>Only the chunked transfer coding is accepted.</source>
        <translation>Only the chunked transfer coding is accepted.</translation>
    </message>
    <message>
        <source>The request has both Transfer-Encoding and Content-Length.</source>
        <translation>The request has both Transfer-Encoding and Content-Length.</translation>
    </message>
    <message>
        <source>The request body is larger than allowed.</source>
        <translation>The request body is larger than allowed.</translation>
    </message>
    <message>
        <source>The request headers are larger than allowed.</source>
        <translation>The request headers are larger than allowed.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP.</source>
        <translation>The request is not valid HTTP.</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
        <translation>Only HTTP/1.0 and HTTP/1.1 are supported.</translation>
    </message>
</context>
<context>
    <name>mikro::models::AuditEntities</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Payout request</source>
        <translation>Payout request</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>mikro::models::ChecklistAssignmentsModel</name>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Awaiting confirmation</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Stale</translation>
    </message>
</context>
<context>
    <name>mikro::models::ChecklistTemplatesModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>mikro::models::Columns</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>My note</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Decision note</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>Transfer reference</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Paid to</translation>
    </message>
    <message>
        <source>Request #</source>
        <translation>Request #</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>TM4 #</source>
        <translation>TM4 #</translation>
    </message>
    <message>
        <source>My role</source>
        <translation>My role</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <source>Mapping rate</source>
        <translation>Mapping rate</translation>
    </message>
    <message>
        <source>Validation rate</source>
        <translation>Validation rate</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>My mapped</source>
        <translation>My mapped</translation>
    </message>
    <message>
        <source>My validated</source>
        <translation>My validated</translation>
    </message>
    <message>
        <source>My earnings</source>
        <translation>My earnings</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <source>My best score</source>
        <translation>My best score</translation>
    </message>
    <message>
        <source>Required for</source>
        <translation>Required for</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Waiting since</translation>
    </message>
    <message>
        <source>My pay</source>
        <translation>My pay</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Amount in file</source>
        <translation>Amount in file</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>Requested amount</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>OSM username</source>
        <translation>OSM username</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Tasks mapped</source>
        <translation>Tasks mapped</translation>
    </message>
    <message>
        <source>Task earnings</source>
        <translation>Task earnings</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Payable</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>Entity ID</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Task #</source>
        <translation>Task #</translation>
    </message>
    <message>
        <source>Mapped by</source>
        <translation>Mapped by</translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation>Validated by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Validated on</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Validated %</source>
        <translation>Validated %</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Editors</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validators</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Last synced</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Missing training</source>
        <translation>Missing training</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Stale</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Required by</source>
        <translation>Required by</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Last run</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>New events</source>
        <translation>New events</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Mapped</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Best score</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Passed on</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>Queued at</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Validated by me</source>
        <translation>Validated by me</translation>
    </message>
    <message>
        <source>Invalidated by me</source>
        <translation>Invalidated by me</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>mikro::models::EarningsByKindModel</name>
    <message>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>mikro::models::ImportPreviewModel</name>
    <message>
        <source>%1 (changed meanwhile)</source>
        <translation>%1 (changed meanwhile)</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>Already paid</translation>
    </message>
    <message>
        <source>Already paid (#%1, %2)</source>
        <translation>Already paid (#%1, %2)</translation>
    </message>
    <message>
        <source>Unknown request</source>
        <translation>Unknown request</translation>
    </message>
    <message>
        <source>Not pending</source>
        <translation>Not pending</translation>
    </message>
    <message>
        <source>Not pending (%1)</source>
        <translation>Not pending (%1)</translation>
    </message>
    <message>
        <source>Email differs</source>
        <translation>Email differs</translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation>Amount differs</translation>
    </message>
    <message>
        <source>Currency differs</source>
        <translation>Currency differs</translation>
    </message>
    <message>
        <source>Failed at provider</source>
        <translation>Failed at provider</translation>
    </message>
    <message>
        <source>Reference already used</source>
        <translation>Reference already used</translation>
    </message>
    <message>
        <source>Repeats an earlier row</source>
        <translation>Repeats an earlier row</translation>
    </message>
    <message>
        <source>Your own request: another admin pays it</source>
        <translation>Your own request: another admin pays it</translation>
    </message>
</context>
<context>
    <name>mikro::models::LedgerModel</name>
    <message>
        <source>Project %1</source>
        <translation>Project %1</translation>
    </message>
    <message>
        <source>%1 · task #%2</source>
        <translation>%1 · task #%2</translation>
    </message>
</context>
<context>
    <name>mikro::models::MoneyText</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <source>Enter an amount such as %1.</source>
        <translation>Enter an amount such as %1.</translation>
    </message>
    <message>
        <source>Use at most two decimals.</source>
        <translation>Use at most two decimals.</translation>
    </message>
    <message>
        <source>Enter an amount of zero or more.</source>
        <translation>Enter an amount of zero or more.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Enter an amount greater than zero.</translation>
    </message>
    <message>
        <source>Enter an amount other than zero.</source>
        <translation>Enter an amount other than zero.</translation>
    </message>
    <message>
        <source>Enter an amount from %1 to %2.</source>
        <translation>Enter an amount from %1 to %2.</translation>
    </message>
    <message>
        <source>Enter at most %1.</source>
        <translation>Enter at most %1.</translation>
    </message>
</context>
<context>
    <name>mikro::models::MyChecklistsModel</name>
    <message>
        <source>%1 · Overdue</source>
        <translation>%1 · Overdue</translation>
    </message>
</context>
<context>
    <name>mikro::models::OrgPayoutsModel</name>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
</context>
<context>
    <name>mikro::models::OrgProjectsModel</name>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Over budget</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
</context>
<context>
    <name>mikro::models::PaidPeriod</name>
    <message>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
</context>
<context>
    <name>mikro::models::PendingChangesModel</name>
    <message>
        <source>a checklist</source>
        <translation>a checklist</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Start %1</translation>
    </message>
    <message>
        <source>Mark item %1 of %2 done</source>
        <translation>Mark item %1 of %2 done</translation>
    </message>
    <message>
        <source>Mark item %1 of %2 not done</source>
        <translation>Mark item %1 of %2 not done</translation>
    </message>
    <message>
        <source>Confirm item %1 of %2</source>
        <translation>Confirm item %1 of %2</translation>
    </message>
    <message>
        <source>Confirm item %1 of %2 for %3</source>
        <translation>Confirm item %1 of %2 for %3</translation>
    </message>
    <message>
        <source>Comment on %1: “%2”</source>
        <translation>Comment on %1: “%2”</translation>
    </message>
    <message>
        <source>Delete your comment on %1</source>
        <translation>Delete your comment on %1</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Retrying at %1, attempt %2</source>
        <translation>Retrying at %1, attempt %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
</context>
<context>
    <name>mikro::models::PersonWorkModels</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>mikro::models::ProjectMembersModel</name>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Validator</source>
        <translation>Validator</translation>
    </message>
</context>
<context>
    <name>mikro::models::ProjectsModel</name>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Validator</source>
        <translation>Validator</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 missing</translation>
    </message>
</context>
<context>
    <name>mikro::models::ProviderFile</name>
    <message>
        <source>The file is empty: a provider&apos;s result file starts with a header row.</source>
        <translation>The file is empty: a provider&apos;s result file starts with a header row.</translation>
    </message>
</context>
<context>
    <name>mikro::models::RecordTableModel</name>
    <message>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
</context>
<context>
    <name>mikro::models::ReviewChecklistsModel</name>
    <message>
        <source>Stale</source>
        <translation>Stale</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>mikro::models::StatusWords</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Checklist validation</source>
        <translation>Checklist validation</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Payout</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Validator</source>
        <translation>Validator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Unknown validator</source>
        <translation>Unknown validator</translation>
    </message>
    <message>
        <source>Self-validation</source>
        <translation>Self-validation</translation>
    </message>
    <message>
        <source>Validator without the validator role</source>
        <translation>Validator without the validator role</translation>
    </message>
    <message>
        <source>Not a project member</source>
        <translation>Not a project member</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Easy</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Hard</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
</context>
<context>
    <name>mikro::models::SyncProjectsModel</name>
    <message>
        <source>Listing tasks…</source>
        <translation>Listing tasks…</translation>
    </message>
    <message>
        <source>Fetching histories %1 / %2</source>
        <translation>Fetching histories %1 / %2</translation>
    </message>
    <message>
        <source>Running elsewhere until %1</source>
        <translation>Running elsewhere until %1</translation>
    </message>
</context>
<context>
    <name>mikro::models::SyncRunsModel</name>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>Incremental</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
</context>
<context>
    <name>mikro::models::SyncWords</name>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Not synced: no members</source>
        <translation>Not synced: no members</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Running elsewhere</source>
        <translation>Running elsewhere</translation>
    </message>
</context>
<context>
    <name>mikro::models::TrainingsModel</name>
    <message>
        <source>Passed %1</source>
        <translation>Passed %1</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Not attempted</translation>
    </message>
</context>
<context>
    <name>mikro::models::UsersModel</name>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
</context>
<context>
    <name>mikro::models::WeeklyTasksModel</name>
    <message>
        <source>Week of</source>
        <translation>Week of</translation>
    </message>
</context>
<context>
    <name>mikro::store</name>
    <message>
        <source>That already exists.</source>
        <translation>That already exists.</translation>
    </message>
    <message>
        <source>The change conflicts with the stored data and was not made.</source>
        <translation>The change conflicts with the stored data and was not made.</translation>
    </message>
    <message>
        <source>The database cannot be reached right now. Try again shortly.</source>
        <translation>The database cannot be reached right now. Try again shortly.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
</context>
<context>
    <name>mikro::store::AppliedOperations</name>
    <message>
        <source>This operation could not be applied; try again.</source>
        <translation>This operation could not be applied; try again.</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for another request. Send a new key for a new change.</source>
        <translation>This Idempotency-Key was already used for another request. Send a new key for a new change.</translation>
    </message>
    <message>
        <source>This operation is still being applied; try again.</source>
        <translation>This operation is still being applied; try again.</translation>
    </message>
</context>
<context>
    <name>mikro::store::Migrator</name>
    <message>
        <source>The database schema could not be prepared.</source>
        <translation>The database schema could not be prepared.</translation>
    </message>
</context>
<context>
    <name>mikro::sync::SyncEngine</name>
    <message>
        <source>The request to the Tasking Manager was cancelled.</source>
        <translation>The request to the Tasking Manager was cancelled.</translation>
    </message>
    <message>
        <source>That project does not exist.</source>
        <translation>That project does not exist.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>The sync was cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) could not be synchronised and will be tried again: %1</source>
        <translation>
            <numerusform>%n task could not be synchronised and will be tried again: %1</numerusform>
            <numerusform>%n tasks could not be synchronised and will be tried again: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
</context>
<context>
    <name>mikro::sync::SyncRuns</name>
    <message>
        <source>This project is being synchronised already. Its figures update when that sync ends.</source>
        <translation>This project is being synchronised already. Its figures update when that sync ends.</translation>
    </message>
    <message>
        <source>This sync took too long and another one took over the project.</source>
        <translation>This sync took too long and another one took over the project.</translation>
    </message>
</context>
<context>
    <name>mikro::sync::SyncScheduler</name>
    <message>
        <source>Only admins ask for a full sync.</source>
        <translation>Only admins ask for a full sync.</translation>
    </message>
</context>
<context>
    <name>mikro::tm4::Parser</name>
    <message>
        <source>The Tasking Manager sent a reply Mikro cannot read (%1).</source>
        <translation>The Tasking Manager sent a reply Mikro cannot read (%1).</translation>
    </message>
</context>
<context>
    <name>mikro::tm4::Transport</name>
    <message>
        <source>The Tasking Manager did not answer. Mikro will try again at the next sync.</source>
        <translation>The Tasking Manager did not answer. Mikro will try again at the next sync.</translation>
    </message>
    <message>
        <source>The Tasking Manager has no such project or task.</source>
        <translation>The Tasking Manager has no such project or task.</translation>
    </message>
    <message>
        <source>The Tasking Manager refused Mikro&apos;s token. Ask an administrator to check TM4_API_TOKEN and TM4_AUTH_SCHEME.</source>
        <translation>The Tasking Manager refused Mikro&apos;s token. Ask an administrator to check TM4_API_TOKEN and TM4_AUTH_SCHEME.</translation>
    </message>
    <message>
        <source>The Tasking Manager answered with an unexpected status (%1).</source>
        <translation>The Tasking Manager answered with an unexpected status (%1).</translation>
    </message>
</context>
<context>
    <name>mikro::ui::AccountPage</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>No organisation yet</source>
        <translation>No organisation yet</translation>
    </message>
    <message>
        <source>Accepted on %1</source>
        <translation>Accepted on %1</translation>
    </message>
    <message>
        <source>Not accepted yet</source>
        <translation>Not accepted yet</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>Your sign-in is remembered in the system keychain.</source>
        <translation>Your sign-in is remembered in the system keychain.</translation>
    </message>
    <message>
        <source>Kept in memory only: the system keychain isn&apos;t available.</source>
        <translation>Kept in memory only: the system keychain isn&apos;t available.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email (from your sign-in account)</source>
        <translation>Email (from your sign-in account)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>OSM username</source>
        <translation>OSM username</translation>
    </message>
    <message>
        <source>Payment email</source>
        <translation>Payment email</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>Terms of service</translation>
    </message>
    <message>
        <source>Tasks mapped</source>
        <translation>Tasks mapped</translation>
    </message>
    <message>
        <source>Tasks validated</source>
        <translation>Tasks validated</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Payable</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Training points</source>
        <translation>Training points</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Enter your OSM username (at most %1 characters).</source>
        <translation>Enter your OSM username (at most %1 characters).</translation>
    </message>
    <message>
        <source>Enter a payment email such as name@example.com.</source>
        <translation>Enter a payment email such as name@example.com.</translation>
    </message>
    <message>
        <source>Repeat the new payment email.</source>
        <translation>Repeat the new payment email.</translation>
    </message>
    <message>
        <source>Choose your country from the list.</source>
        <translation>Choose your country from the list.</translation>
    </message>
    <message>
        <source>Enter your city (at most %1 characters).</source>
        <translation>Enter your city (at most %1 characters).</translation>
    </message>
    <message>
        <source>Change your details?</source>
        <translation>Change your details?</translation>
    </message>
    <message>
        <source>Tasking Manager work is credited by username. From the next sync, tasks by &apos;%1&apos; are credited to you; earnings already credited stay.</source>
        <translation>Tasking Manager work is credited by username. From the next sync, tasks by &apos;%1&apos; are credited to you; earnings already credited stay.</translation>
    </message>
    <message>
        <source>Future payouts, including your pending request, go to %1.</source>
        <translation>Future payouts, including your pending request, go to %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Your details were saved</source>
        <translation>Your details were saved</translation>
    </message>
    <message>
        <source>Your details were saved; the OSM username &apos;%1&apos; waits for an admin&apos;s approval</source>
        <translation>Your details were saved; the OSM username &apos;%1&apos; waits for an admin&apos;s approval</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Repeat payment email</source>
        <translation>Repeat payment email</translation>
    </message>
</context>
<context>
    <name>mikro::ui::AdjustmentDialog</name>
    <message>
        <source>&amp;Credit</source>
        <translation>&amp;Credit</translation>
    </message>
    <message>
        <source>&amp;Debit</source>
        <translation>&amp;Debit</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <source>Shown to the person</source>
        <translation>Shown to the person</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Record adjustment</source>
        <translation>Record adjustment</translation>
    </message>
    <message>
        <source>Recording the adjustment…</source>
        <translation>Recording the adjustment…</translation>
    </message>
    <message>
        <source>Payable becomes negative (%1): %2 cannot request a payout until it is positive again.</source>
        <translation>Payable becomes negative (%1): %2 cannot request a payout until it is positive again.</translation>
    </message>
    <message>
        <source>Debit %1 %2? Payable becomes %3.</source>
        <translation>Debit %1 %2? Payable becomes %3.</translation>
    </message>
    <message>
        <source>Credit %1 %2? Payable becomes %3.</source>
        <translation>Credit %1 %2? Payable becomes %3.</translation>
    </message>
    <message>
        <source>Payable becomes negative.</source>
        <translation>Payable becomes negative.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::AssignChecklistDialog</name>
    <message>
        <source>Assign &apos;%1&apos;</source>
        <translation>Assign &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Search people</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Reading the people…</source>
        <translation>Reading the people…</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>awaiting confirmation</source>
        <translation>awaiting confirmation</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>%1 — has it (%2)</source>
        <translation>%1 — has it (%2)</translation>
    </message>
    <message>
        <source>Everyone already has this checklist.</source>
        <translation>Everyone already has this checklist.</translation>
    </message>
    <message numerus="yes">
        <source>Assign to %n people</source>
        <translation>
            <numerusform>Assign to %n person</numerusform>
            <numerusform>Assign to %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate the template first: only active templates can be assigned.</source>
        <translation>Activate the template first: only active templates can be assigned.</translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %n people.</source>
        <translation>
            <numerusform>Assigned to %n person.</numerusform>
            <numerusform>Assigned to %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people could not be assigned.</source>
        <translation>
            <numerusform>%n person could not be assigned.</numerusform>
            <numerusform>%n people could not be assigned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigning %1 of %2…</source>
        <translation>Assigning %1 of %2…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mikro::ui::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Older entries could not be loaded: %1</source>
        <translation>Older entries could not be loaded: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>audit-log.csv</source>
        <translation>audit-log.csv</translation>
    </message>
    <message>
        <source>Reading entries…</source>
        <translation>Reading entries…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Export cancelled; nothing was written</translation>
    </message>
    <message>
        <source>The audit log could not be read for the export: %1</source>
        <translation>The audit log could not be read for the export: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries read…</source>
        <translation>
            <numerusform>%n entry read…</numerusform>
            <numerusform>%n entries read…</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log could not be saved to %1. Choose another folder.</source>
        <translation>The audit log could not be saved to %1. Choose another folder.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1</source>
        <translation>
            <numerusform>%n entry exported to %1</numerusform>
            <numerusform>%n entries exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Any action</translation>
    </message>
    <message>
        <source>Any entity</source>
        <translation>Any entity</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Entity type</translation>
    </message>
    <message>
        <source>Search inside details…</source>
        <translation>Search inside details…</translation>
    </message>
    <message>
        <source>Search inside details</source>
        <translation>Search inside details</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Details of the selected entry</translation>
    </message>
    <message>
        <source>Details as JSON</source>
        <translation>Details as JSON</translation>
    </message>
    <message>
        <source>Show raw</source>
        <translation>Show raw</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>No admin changes in this period.</source>
        <translation>No admin changes in this period.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::Banner</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ChangeRoleDialog</name>
    <message>
        <source>Change role of %1</source>
        <translation>Change role of %1</translation>
    </message>
    <message>
        <source>Maps in the projects they are assigned to, and is paid for it.</source>
        <translation>Maps in the projects they are assigned to, and is paid for it.</translation>
    </message>
    <message>
        <source>Also validates tasks and confirms other people&apos;s checklists.</source>
        <translation>Also validates tasks and confirms other people&apos;s checklists.</translation>
    </message>
    <message>
        <source>Also manages people, projects and payments of the organisation.</source>
        <translation>Also manages people, projects and payments of the organisation.</translation>
    </message>
    <message>
        <source>Mikro uses the new role from now on; when the sign-in service is connected it is updated there too.</source>
        <translation>Mikro uses the new role from now on; when the sign-in service is connected it is updated there too.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ChecklistDetail</name>
    <message>
        <source>Reward %1 on confirmation</source>
        <translation>Reward %1 on confirmation</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>Created by %1</source>
        <translation>Created by %1</translation>
    </message>
    <message>
        <source>All items done. A validator confirms them; once every item is confirmed you are credited %1.</source>
        <translation>All items done. A validator confirms them; once every item is confirmed you are credited %1.</translation>
    </message>
    <message>
        <source>Confirmed %1 by %2. You were credited %3.</source>
        <translation>Confirmed %1 by %2. You were credited %3.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Done %1</translation>
    </message>
    <message>
        <source>Confirmed by %1 %2</source>
        <translation>Confirmed by %1 %2</translation>
    </message>
    <message>
        <source>Confirmed items cannot be changed.</source>
        <translation>Confirmed items cannot be changed.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Comments (the newest %1 of %2)</source>
        <translation>Comments (the newest %1 of %2)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Open link</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Post the comment (Ctrl+Enter)</source>
        <translation>Post the comment (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation>Add a comment</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>New comment</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Checklist items</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Confirmed %1 by %2.</source>
        <translation>Confirmed %1 by %2.</translation>
    </message>
    <message>
        <source>Confirming the last item credits %1 %2 and you %3. Confirming is final.</source>
        <translation>Confirming the last item credits %1 %2 and you %3. Confirming is final.</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Not done yet</translation>
    </message>
    <message>
        <source>Delete your comment?</source>
        <translation>Delete your comment?</translation>
    </message>
    <message>
        <source>Delete this comment? Validators will no longer see it.</source>
        <translation>Delete this comment? Validators will no longer see it.</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Delete comment</translation>
    </message>
    <message>
        <source>Keep comment</source>
        <translation>Keep comment</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ChecklistTemplateDialog</name>
    <message>
        <source>D&amp;ue date</source>
        <translation>D&amp;ue date</translation>
    </message>
    <message>
        <source>&amp;Visible — people may start it themselves</source>
        <translation>&amp;Visible — people may start it themselves</translation>
    </message>
    <message>
        <source>Ac&amp;tive</source>
        <translation>Ac&amp;tive</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>New checklist template</source>
        <translation>New checklist template</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Edit checklist template</source>
        <translation>Edit checklist template</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>Validation rate</source>
        <translation>Validation rate</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Easy</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Hard</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Only active templates can be started or assigned.</source>
        <translation>Only active templates can be started or assigned.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Completion rate, paid to the person</source>
        <translation>&amp;Completion rate, paid to the person</translation>
    </message>
    <message>
        <source>Validation rate, &amp;paid to the confirming validator</source>
        <translation>Validation rate, &amp;paid to the confirming validator</translation>
    </message>
    <message>
        <source>Di&amp;fficulty</source>
        <translation>Di&amp;fficulty</translation>
    </message>
    <message>
        <source>Item changes also reach checklists already started and not yet confirmed; an item someone has had confirmed stays as it was. Rate changes apply to every checklist not yet fully confirmed.</source>
        <translation>Item changes also reach checklists already started and not yet confirmed; an item someone has had confirmed stays as it was. Rate changes apply to every checklist not yet fully confirmed.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Give the template a name.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>The description is longer than %1 characters.</translation>
    </message>
    <message>
        <source>Both rates are amounts of 0.00 or more.</source>
        <translation>Both rates are amounts of 0.00 or more.</translation>
    </message>
    <message>
        <source>The due date is in the past.</source>
        <translation>The due date is in the past.</translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation>Add at least one item.</translation>
    </message>
    <message>
        <source>Item %1 has no action.</source>
        <translation>Item %1 has no action.</translation>
    </message>
    <message>
        <source>Item %1 is longer than %2 characters.</source>
        <translation>Item %1 is longer than %2 characters.</translation>
    </message>
    <message>
        <source>The link of item %1 is not an http or https address.</source>
        <translation>The link of item %1 is not an http or https address.</translation>
    </message>
    <message>
        <source>Creating the template…</source>
        <translation>Creating the template…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::CsvFile</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>mikro::ui::DashboardLists</name>
    <message>
        <source>Training %1</source>
        <translation>Training %1</translation>
    </message>
    <message>
        <source>Pass “%1” (required for %2)</source>
        <translation>Pass “%1” (required for %2)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 items done</source>
        <translation>%1: %2 of %3 items done</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>Your request for %1 was rejected.</source>
        <translation>Your request for %1 was rejected.</translation>
    </message>
    <message>
        <source>Your request for %1 was rejected: %2</source>
        <translation>Your request for %1 was rejected: %2</translation>
    </message>
    <message>
        <source>Nothing to do right now.</source>
        <translation>Nothing to do right now.</translation>
    </message>
    <message>
        <source>My projects</source>
        <translation>My projects</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Mapping rate</source>
        <translation>Mapping rate</translation>
    </message>
    <message>
        <source>Validation rate</source>
        <translation>Validation rate</translation>
    </message>
    <message>
        <source>You&apos;re not on a project yet. An admin adds people to projects; required training is under Training.</source>
        <translation>You&apos;re not on a project yet. An admin adds people to projects; required training is under Training.</translation>
    </message>
    <message>
        <source>Open in Tasking Manager</source>
        <translation>Open in Tasking Manager</translation>
    </message>
</context>
<context>
    <name>mikro::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Mapped</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Payable</translation>
    </message>
    <message>
        <source>Tasks mapped</source>
        <translation>Tasks mapped</translation>
    </message>
    <message>
        <source>Tasks validated</source>
        <translation>Tasks validated</translation>
    </message>
    <message>
        <source>Active projects</source>
        <translation>Active projects</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Minimum payout %1</source>
        <translation>Minimum payout %1</translation>
    </message>
    <message>
        <source>%1 this month</source>
        <translation>%1 this month</translation>
    </message>
    <message>
        <source>%1 invalidated</source>
        <translation>%1 invalidated</translation>
    </message>
    <message>
        <source>Adjustments %1</source>
        <translation>Adjustments %1</translation>
    </message>
    <message>
        <source>No open request</source>
        <translation>No open request</translation>
    </message>
    <message>
        <source>Requested on %1</source>
        <translation>Requested on %1</translation>
    </message>
    <message>
        <source>No payouts yet</source>
        <translation>No payouts yet</translation>
    </message>
    <message>
        <source>Last payout %1</source>
        <translation>Last payout %1</translation>
    </message>
    <message>
        <source>%1 need training</source>
        <translation>%1 need training</translation>
    </message>
    <message>
        <source>Your figures are current, but some of your lists could not be loaded: %1</source>
        <translation>Your figures are current, but some of your lists could not be loaded: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Validated by me</source>
        <translation>Validated by me</translation>
    </message>
    <message>
        <source>Invalidated by me</source>
        <translation>Invalidated by me</translation>
    </message>
</context>
<context>
    <name>mikro::ui::EarningsDonut</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No earnings yet</source>
        <translation>No earnings yet</translation>
    </message>
    <message>
        <source>Earnings by kind</source>
        <translation>Earnings by kind</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Show as table</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ImportColumnsPage</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Which column of the file holds what. Mikro remembers this for the next file of the same provider.</source>
        <translation>Which column of the file holds what. Mikro remembers this for the next file of the same provider.</translation>
    </message>
    <message>
        <source>&amp;Request ID</source>
        <translation>&amp;Request ID</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>&amp;Transfer reference</source>
        <translation>&amp;Transfer reference</translation>
    </message>
    <message>
        <source>&amp;Currency (optional)</source>
        <translation>&amp;Currency (optional)</translation>
    </message>
    <message>
        <source>&amp;Status (optional; rows the provider marks failed are never paid)</source>
        <translation>&amp;Status (optional; rows the provider marks failed are never paid)</translation>
    </message>
    <message>
        <source>Request ID, Email, Amount and Transfer reference each need a column, and a column serves one field only.</source>
        <translation>Request ID, Email, Amount and Transfer reference each need a column, and a column serves one field only.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ImportFilePage</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Cannot open the file: %1</translation>
    </message>
    <message>
        <source>The file is larger than 900 KB. Split it into smaller files and import each.</source>
        <translation>The file is larger than 900 KB. Split it into smaller files and import each.</translation>
    </message>
    <message>
        <source>The payment provider&apos;s file</source>
        <translation>The payment provider&apos;s file</translation>
    </message>
    <message>
        <source>Choose the result file your payment provider made from the payout batch.</source>
        <translation>Choose the result file your payment provider made from the payout batch.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Path of a CSV file</source>
        <translation>Path of a CSV file</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Payment provider&apos;s file</source>
        <translation>Payment provider&apos;s file</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>What Mikro would do with each row. Nothing is paid until you confirm.</source>
        <translation>What Mikro would do with each row. Nothing is paid until you confirm.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>Needs a decision</translation>
    </message>
    <message>
        <source>Checking the file against Mikro&apos;s requests…</source>
        <translation>Checking the file against Mikro&apos;s requests…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es), %1</source>
        <translation>
            <numerusform>%n match, %1</numerusform>
            <numerusform>%n matches, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) a decision</source>
        <translation>
            <numerusform>%n needs a decision</numerusform>
            <numerusform>%n need a decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pay %n request(s)…</source>
        <translation>
            <numerusform>Pay %n request…</numerusform>
            <numerusform>Pay %n requests…</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Pay requests</source>
        <translation>Pay requests</translation>
    </message>
    <message numerus="yes">
        <source>Pay %n request(s), total %1?</source>
        <translation>
            <numerusform>Pay %n request, total %1?</numerusform>
            <numerusform>Pay %n requests, total %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pay %n request(s)</source>
        <translation>
            <numerusform>Pay %n request</numerusform>
            <numerusform>Pay %n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation>Paying…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ImportResultPage</name>
    <message>
        <source>&amp;Save skipped rows…</source>
        <translation>&amp;Save skipped rows…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message numerus="yes">
        <source>%n paid (%1)</source>
        <translation>
            <numerusform>%n paid (%1)</numerusform>
            <numerusform>%n paid (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was paid.</source>
        <translation>Nothing was paid.</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already paid before</source>
        <translation>
            <numerusform>%n already paid before</numerusform>
            <numerusform>%n already paid before</numerusform>
        </translation>
    </message>
    <message>
        <source>This file was imported before: every row of it is already paid.</source>
        <translation>This file was imported before: every row of it is already paid.</translation>
    </message>
    <message>
        <source>Save skipped rows</source>
        <translation>Save skipped rows</translation>
    </message>
    <message>
        <source>Skipped rows saved to %1.</source>
        <translation>Skipped rows saved to %1.</translation>
    </message>
    <message>
        <source>The skipped rows could not be saved: %1</source>
        <translation>The skipped rows could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ImportResultsWizard</name>
    <message>
        <source>Import payment results</source>
        <translation>Import payment results</translation>
    </message>
</context>
<context>
    <name>mikro::ui::LedgerPanel</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Showing %1 of %2</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>No earnings yet. Validated tasks and confirmed checklists appear here.</source>
        <translation>No earnings yet. Validated tasks and confirmed checklists appear here.</translation>
    </message>
    <message>
        <source>Export ledger</source>
        <translation>Export ledger</translation>
    </message>
    <message>
        <source>ledger.csv</source>
        <translation>ledger.csv</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2</source>
        <translation>Exporting… %1 of %2</translation>
    </message>
    <message>
        <source>The ledger could not be saved to %1. Choose another folder.</source>
        <translation>The ledger could not be saved to %1. Choose another folder.</translation>
    </message>
    <message>
        <source>%1 ledger lines exported to %2</source>
        <translation>%1 ledger lines exported to %2</translation>
    </message>
    <message>
        <source>The ledger could not be exported: %1</source>
        <translation>The ledger could not be exported: %1</translation>
    </message>
</context>
<context>
    <name>mikro::ui::MainWindow</name>
    <message>
        <source>Mikro</source>
        <translation>Mikro</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>No organisation yet</source>
        <translation>No organisation yet</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Your role is now %1</source>
        <translation>Your role is now %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The Mikro server answered the last request.</source>
        <translation>The Mikro server answered the last request.</translation>
    </message>
    <message>
        <source>Message history</source>
        <translation>Message history</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>No messages yet.</translation>
    </message>
    <message>
        <source>About Mikro</source>
        <translation>About Mikro</translation>
    </message>
    <message>
        <source>Mikro %1
Task tracking and payments for OpenStreetMap mappers.</source>
        <translation>Mikro %1
Task tracking and payments for OpenStreetMap mappers.</translation>
    </message>
    <message>
        <source>Layout reset</source>
        <translation>Layout reset</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Go to</translation>
    </message>
    <message>
        <source>Show sidebar labels</source>
        <translation>Show sidebar labels</translation>
    </message>
    <message>
        <source>Message history…</source>
        <translation>Message history…</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Reset layout</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Account menu</source>
        <translation>Account menu</translation>
    </message>
    <message>
        <source>You&apos;re not in an organisation yet</source>
        <translation>You&apos;re not in an organisation yet</translation>
    </message>
    <message>
        <source>Your profile is ready. An admin of your organisation has to add you in the sign-in service; then choose Check again.</source>
        <translation>Your profile is ready. An admin of your organisation has to add you in the sign-in service; then choose Check again.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n change sent</numerusform>
            <numerusform>%n changes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Sending %n change…</numerusform>
            <numerusform>Sending %n changes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) waiting</source>
        <translation>
            <numerusform>Offline · %n change waiting</numerusform>
            <numerusform>Offline · %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Online · %n need(s) attention</source>
        <translation>
            <numerusform>Online · %n needs attention</numerusform>
            <numerusform>Online · %n need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>The Mikro server can&apos;t be reached. Pages show what they last loaded; checklist work is kept on this computer and sent when the server answers again.</source>
        <translation>The Mikro server can&apos;t be reached. Pages show what they last loaded; checklist work is kept on this computer and sent when the server answers again.</translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <translation>Last contact %1</translation>
    </message>
    <message>
        <source>Next try %1</source>
        <translation>Next try %1</translation>
    </message>
    <message>
        <source>Click for Pending changes.</source>
        <translation>Click for Pending changes.</translation>
    </message>
    <message>
        <source>Pending changes…</source>
        <translation>Pending changes…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ManualPaymentDialog</name>
    <message>
        <source>Manual payment</source>
        <translation>Manual payment</translation>
    </message>
    <message>
        <source>As the payment provider shows it</source>
        <translation>As the payment provider shows it</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>Transfer reference</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>&amp;Transfer reference</source>
        <translation>&amp;Transfer reference</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Paid to</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>Recording the payment…</source>
        <translation>Recording the payment…</translation>
    </message>
    <message>
        <source>No payment email</source>
        <translation>No payment email</translation>
    </message>
    <message>
        <source>More than %1 is owed (%2). Record an adjustment first if more is owed.</source>
        <translation>More than %1 is owed (%2). Record an adjustment first if more is owed.</translation>
    </message>
    <message>
        <source>Record a payment of %1 to %2 (%3), reference %4? Payable becomes %5.</source>
        <translation>Record a payment of %1 to %2 (%3), reference %4? Payable becomes %5.</translation>
    </message>
    <message>
        <source>no payment email</source>
        <translation>no payment email</translation>
    </message>
</context>
<context>
    <name>mikro::ui::MyChecklistsPage</name>
    <message>
        <source>My Checklists</source>
        <translation>My Checklists</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Started %1</translation>
    </message>
    <message>
        <source>Item %1 done</source>
        <translation>Item %1 done</translation>
    </message>
    <message>
        <source>Item %1 no longer done</source>
        <translation>Item %1 no longer done</translation>
    </message>
    <message>
        <source>Comment posted</source>
        <translation>Comment posted</translation>
    </message>
    <message>
        <source>Comment deleted</source>
        <translation>Comment deleted</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Awaiting confirmation</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Checklist earnings</source>
        <translation>Checklist earnings</translation>
    </message>
    <message>
        <source>Available (%1)</source>
        <translation>Available (%1)</translation>
    </message>
    <message>
        <source>In progress (%1)</source>
        <translation>In progress (%1)</translation>
    </message>
    <message>
        <source>Awaiting confirmation (%1)</source>
        <translation>Awaiting confirmation (%1)</translation>
    </message>
    <message>
        <source>Confirmed (%1)</source>
        <translation>Confirmed (%1)</translation>
    </message>
    <message>
        <source>No checklists to start right now.</source>
        <translation>No checklists to start right now.</translation>
    </message>
    <message>
        <source>No checklists in progress. Start one under Available or wait for an assignment.</source>
        <translation>No checklists in progress. Start one under Available or wait for an assignment.</translation>
    </message>
    <message>
        <source>Nothing is waiting for a validator.</source>
        <translation>Nothing is waiting for a validator.</translation>
    </message>
    <message>
        <source>No confirmed checklists yet.</source>
        <translation>No confirmed checklists yet.</translation>
    </message>
    <message>
        <source>Start checklist</source>
        <translation>Start checklist</translation>
    </message>
</context>
<context>
    <name>mikro::ui::Navigation</name>
    <message>
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>My Dashboard</source>
        <translation>My Dashboard</translation>
    </message>
    <message>
        <source>My Payments</source>
        <translation>My Payments</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>My Projects</source>
        <translation>My Projects</translation>
    </message>
    <message>
        <source>My Training</source>
        <translation>My Training</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>My Checklists</source>
        <translation>My Checklists</translation>
    </message>
    <message>
        <source>Review Checklists</source>
        <translation>Review Checklists</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>mikro::ui::OnboardingWizard</name>
    <message>
        <source>Set up your Mikro account</source>
        <translation>Set up your Mikro account</translation>
    </message>
    <message>
        <source>Finish setup</source>
        <translation>Finish setup</translation>
    </message>
    <message>
        <source>Welcome to Mikro</source>
        <translation>Welcome to Mikro</translation>
    </message>
    <message>
        <source>Before your first task, Mikro needs four things from you.

Your OpenStreetMap username links your Tasking Manager work to you, so that it is credited to you.
Your payment email is where your payouts are sent.
Your country and city, and your acceptance of the terms of service.</source>
        <translation>Before your first task, Mikro needs four things from you.

Your OpenStreetMap username links your Tasking Manager work to you, so that it is credited to you.
Your payment email is where your payouts are sent.
Your country and city, and your acceptance of the terms of service.</translation>
    </message>
    <message>
        <source>Enter your OSM username.</source>
        <translation>Enter your OSM username.</translation>
    </message>
    <message>
        <source>An OSM username has at most %1 characters.</source>
        <translation>An OSM username has at most %1 characters.</translation>
    </message>
    <message>
        <source>OpenStreetMap username</source>
        <translation>OpenStreetMap username</translation>
    </message>
    <message>
        <source>Create an OpenStreetMap account</source>
        <translation>Create an OpenStreetMap account</translation>
    </message>
    <message>
        <source>Check on openstreetmap.org</source>
        <translation>Check on openstreetmap.org</translation>
    </message>
    <message>
        <source>OSM username</source>
        <translation>OSM username</translation>
    </message>
    <message>
        <source>Exactly as on openstreetmap.org</source>
        <translation>Exactly as on openstreetmap.org</translation>
    </message>
    <message>
        <source>Enter an email such as name@example.com.</source>
        <translation>Enter an email such as name@example.com.</translation>
    </message>
    <message>
        <source>The two emails are not the same.</source>
        <translation>The two emails are not the same.</translation>
    </message>
    <message>
        <source>Payment email</source>
        <translation>Payment email</translation>
    </message>
    <message>
        <source>Repeat payment email</source>
        <translation>Repeat payment email</translation>
    </message>
    <message>
        <source>Your payouts (for example Payoneer or PayPal) are sent here</source>
        <translation>Your payouts (for example Payoneer or PayPal) are sent here</translation>
    </message>
    <message>
        <source>Choose your country from the list.</source>
        <translation>Choose your country from the list.</translation>
    </message>
    <message>
        <source>Enter your city.</source>
        <translation>Enter your city.</translation>
    </message>
    <message>
        <source>A city has at most %1 characters.</source>
        <translation>A city has at most %1 characters.</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Where you are</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Accept the terms to go on.</source>
        <translation>Accept the terms to go on.</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>Terms of service</translation>
    </message>
    <message>
        <source>Mikro records the OpenStreetMap tasks you map and validate in the Tasking Manager for your organisation, and the checklists you complete, and pays you for them at the rates your organisation sets.

1. Your OSM username, payment email, country and city are kept by your organisation to credit and pay your work. Admins of your organisation see them.
2. Earnings are credited when a task is validated; a task invalidated later takes its credit back. Payouts are made to your payment email after an admin approves your request.
3. Work must follow the OpenStreetMap contributor terms and your organisation&apos;s instructions. Work that does not may be left unpaid.
4. You can change your details on the Account page at any time; a new OSM username is credited from the next sync.</source>
        <translation>Mikro records the OpenStreetMap tasks you map and validate in the Tasking Manager for your organisation, and the checklists you complete, and pays you for them at the rates your organisation sets.

1. Your OSM username, payment email, country and city are kept by your organisation to credit and pay your work. Admins of your organisation see them.
2. Earnings are credited when a task is validated; a task invalidated later takes its credit back. Payouts are made to your payment email after an admin approves your request.
3. Work must follow the OpenStreetMap contributor terms and your organisation&apos;s instructions. Work that does not may be left unpaid.
4. You can change your details on the Account page at any time; a new OSM username is credited from the next sync.</translation>
    </message>
    <message>
        <source>I have read and accept the terms of service</source>
        <translation>I have read and accept the terms of service</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>This OSM username is linked to another Mikro account. If it is yours, contact an admin.</source>
        <translation>This OSM username is linked to another Mikro account. If it is yours, contact an admin.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Leave setup and sign out?</source>
        <translation>Leave setup and sign out?</translation>
    </message>
    <message>
        <source>Mikro needs these answers before you can work. Your answers so far are not saved.</source>
        <translation>Mikro needs these answers before you can work. Your answers so far are not saved.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
</context>
<context>
    <name>mikro::ui::OrgChecklistsPage</name>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Every checklist</source>
        <translation>Every checklist</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Activate it first: only active templates can be assigned</source>
        <translation>Activate it first: only active templates can be assigned</translation>
    </message>
    <message>
        <source>Something is done on it already</source>
        <translation>Something is done on it already</translation>
    </message>
    <message>
        <source>Checklist template created</source>
        <translation>Checklist template created</translation>
    </message>
    <message>
        <source>Checklist template saved</source>
        <translation>Checklist template saved</translation>
    </message>
    <message>
        <source>&apos;%1&apos; activated</source>
        <translation>&apos;%1&apos; activated</translation>
    </message>
    <message>
        <source>&apos;%1&apos; deactivated: people who started it carry on</source>
        <translation>&apos;%1&apos; deactivated: people who started it carry on</translation>
    </message>
    <message>
        <source>Archive template</source>
        <translation>Archive template</translation>
    </message>
    <message>
        <source>Archive &apos;%1&apos;? It leaves the lists and can no longer be started or assigned. People who have it can still finish it and have it confirmed; what was paid stays.</source>
        <translation>Archive &apos;%1&apos;? It leaves the lists and can no longer be started or assigned. People who have it can still finish it and have it confirmed; what was paid stays.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>&apos;%1&apos; archived</source>
        <translation>&apos;%1&apos; archived</translation>
    </message>
    <message>
        <source>Unassign checklist</source>
        <translation>Unassign checklist</translation>
    </message>
    <message>
        <source>Take &apos;%1&apos; away from %2? Their checklist and its comments are removed.</source>
        <translation>Take &apos;%1&apos; away from %2? Their checklist and its comments are removed.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Unassign</translation>
    </message>
    <message>
        <source>&apos;%1&apos; taken away from %2</source>
        <translation>&apos;%1&apos; taken away from %2</translation>
    </message>
    <message>
        <source>Active templates</source>
        <translation>Active templates</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>assigned or started</source>
        <translation>assigned or started</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Awaiting confirmation</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Stale</translation>
    </message>
    <message>
        <source>no progress for 3 days</source>
        <translation>no progress for 3 days</translation>
    </message>
    <message>
        <source>Paid for checklists</source>
        <translation>Paid for checklists</translation>
    </message>
    <message>
        <source>people and validators, all time</source>
        <translation>people and validators, all time</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Templates</translation>
    </message>
    <message>
        <source>A&amp;ssignments</source>
        <translation>A&amp;ssignments</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>New template…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Every state</translation>
    </message>
    <message>
        <source>Stale only</source>
        <translation>Stale only</translation>
    </message>
    <message>
        <source>Unassign…</source>
        <translation>Unassign…</translation>
    </message>
    <message>
        <source>Open in review</source>
        <translation>Open in review</translation>
    </message>
    <message>
        <source>No checklist templates yet. Write one with New template…</source>
        <translation>No checklist templates yet. Write one with New template…</translation>
    </message>
    <message>
        <source>Nobody has a checklist here.</source>
        <translation>Nobody has a checklist here.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::OrgDashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Active projects</source>
        <translation>Active projects</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Pending payouts</source>
        <translation>Pending payouts</translation>
    </message>
    <message>
        <source>Tasks this month</source>
        <translation>Tasks this month</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Payable</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Sync problems</translation>
    </message>
    <message>
        <source>Open Payments</source>
        <translation>Open Payments</translation>
    </message>
    <message>
        <source>No projects yet. Add a Tasking Manager project to start.</source>
        <translation>No projects yet. Add a Tasking Manager project to start.</translation>
    </message>
    <message>
        <source>Oldest pending requests</source>
        <translation>Oldest pending requests</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>No payout requests are waiting.</source>
        <translation>No payout requests are waiting.</translation>
    </message>
    <message>
        <source>Recent payouts</source>
        <translation>Recent payouts</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Nobody has been paid yet.</source>
        <translation>Nobody has been paid yet.</translation>
    </message>
    <message>
        <source>Projects near budget</source>
        <translation>Projects near budget</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>No project has used 90 % of its budget.</source>
        <translation>No project has used 90 % of its budget.</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Mapped</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>Invalidated</source>
        <translation>Invalidated</translation>
    </message>
    <message>
        <source>%1 inactive, %2 completed</source>
        <translation>%1 inactive, %2 completed</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n validator(s)</source>
        <translation>
            <numerusform>%n validator</numerusform>
            <numerusform>%n validators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admin(s)</source>
        <translation>
            <numerusform>%n admin</numerusform>
            <numerusform>%n admins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>−%1 vs last month</source>
        <translation>−%1 vs last month</translation>
    </message>
    <message>
        <source>+%1 vs last month</source>
        <translation>+%1 vs last month</translation>
    </message>
    <message>
        <source>Adjustments %1</source>
        <translation>Adjustments %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people can request</source>
        <translation>
            <numerusform>%n person can request</numerusform>
            <numerusform>%n people can request</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 this month</source>
        <translation>%1 this month</translation>
    </message>
    <message>
        <source>tasks waiting for an admin</source>
        <translation>tasks waiting for an admin</translation>
    </message>
    <message>
        <source>projects whose last sync failed</source>
        <translation>projects whose last sync failed</translation>
    </message>
    <message>
        <source>every last sync succeeded</source>
        <translation>every last sync succeeded</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Open Review</source>
        <translation>Open Review</translation>
    </message>
    <message>
        <source>Open Sync</source>
        <translation>Open Sync</translation>
    </message>
</context>
<context>
    <name>mikro::ui::OrgProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>visible to everyone in the organisation</source>
        <translation>visible to everyone in the organisation</translation>
    </message>
    <message>
        <source>members only</source>
        <translation>members only</translation>
    </message>
    <message>
        <source>Mapping %1, validation %2 a task; %3 tasks: %4 mapped, %5 validated, %6 invalidated.</source>
        <translation>Mapping %1, validation %2 a task; %3 tasks: %4 mapped, %5 validated, %6 invalidated.</translation>
    </message>
    <message>
        <source>Spent %1 of %2 (%3 %)</source>
        <translation>Spent %1 of %2 (%3 %)</translation>
    </message>
    <message>
        <source>Required training: %1</source>
        <translation>Required training: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>It has earnings — deactivate it instead</source>
        <translation>It has earnings — deactivate it instead</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Deactivate…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; added (inactive)</source>
        <translation>Project &apos;%1&apos; added (inactive)</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; saved</source>
        <translation>Project &apos;%1&apos; saved</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Deactivate &apos;%1&apos;? People no longer see it in their project lists.</source>
        <translation>Deactivate &apos;%1&apos;? People no longer see it in their project lists.</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; activated</source>
        <translation>Project &apos;%1&apos; activated</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; deactivated</source>
        <translation>Project &apos;%1&apos; deactivated</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos;? Its memberships, tasks and sync history are removed. This cannot be undone.</source>
        <translation>Delete &apos;%1&apos;? Its memberships, tasks and sync history are removed. This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; deleted</source>
        <translation>Project &apos;%1&apos; deleted</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projects</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>in active projects</source>
        <translation>in active projects</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>on active projects</source>
        <translation>on active projects</translation>
    </message>
    <message>
        <source>Near budget</source>
        <translation>Near budget</translation>
    </message>
    <message>
        <source>90 % used or more</source>
        <translation>90 % used or more</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add project…</source>
        <translation>Add project…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Members…</source>
        <translation>Members…</translation>
    </message>
    <message>
        <source>Open in Tasking Manager</source>
        <translation>Open in Tasking Manager</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>No projects here. Add one from its Tasking Manager address.</source>
        <translation>No projects here. Add one from its Tasking Manager address.</translation>
    </message>
    <message>
        <source>Sync of %1 requested; Sync history shows how it goes</source>
        <translation>Sync of %1 requested; Sync history shows how it goes</translation>
    </message>
    <message>
        <source>%1 is syncing already, or was synced less than a minute ago</source>
        <translation>%1 is syncing already, or was synced less than a minute ago</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Bring the project&apos;s work in from the Tasking Manager now</source>
        <translation>Bring the project&apos;s work in from the Tasking Manager now</translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>Sync history</translation>
    </message>
</context>
<context>
    <name>mikro::ui::OrgSyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>active, with members, of %1</source>
        <translation>active, with members, of %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>%1 of %2 projects</source>
        <translation>%1 of %2 projects</translation>
    </message>
    <message>
        <source>Syncing: %1</source>
        <translation>Syncing: %1</translation>
    </message>
    <message>
        <source>Sync finished: %1 succeeded, %2 failed</source>
        <translation>Sync finished: %1 succeeded, %2 failed</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Run history</translation>
    </message>
    <message>
        <source>Run history of %1</source>
        <translation>Run history of %1</translation>
    </message>
    <message>
        <source>Select a run to read its error.</source>
        <translation>Select a run to read its error.</translation>
    </message>
    <message>
        <source>This run had no error.</source>
        <translation>This run had no error.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync requested for %n project(s)</source>
        <translation>
            <numerusform>Sync requested for %n project</numerusform>
            <numerusform>Sync requested for %n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync of %1 stops after the request in flight; what it brought in stays.</source>
        <translation>The sync of %1 stops after the request in flight; what it brought in stays.</translation>
    </message>
    <message>
        <source>The sync of %1 had already ended.</source>
        <translation>The sync of %1 had already ended.</translation>
    </message>
    <message>
        <source>Synced projects</source>
        <translation>Synced projects</translation>
    </message>
    <message>
        <source>Last completed run</source>
        <translation>Last completed run</translation>
    </message>
    <message>
        <source>Failed last run</source>
        <translation>Failed last run</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projects</translation>
    </message>
    <message>
        <source>New events (24 h)</source>
        <translation>New events (24 h)</translation>
    </message>
    <message>
        <source>task changes brought in</source>
        <translation>task changes brought in</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <source>Open Review</source>
        <translation>Open Review</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>Sync the selected projects (%1)</source>
        <translation>Sync the selected projects (%1)</translation>
    </message>
    <message>
        <source>&amp;Full (every task&apos;s history)</source>
        <translation>&amp;Full (every task&apos;s history)</translation>
    </message>
    <message>
        <source>A full sync reads the history of every task, not only of the tasks that changed. It catches a task invalidated and validated again between two syncs, and takes longer.</source>
        <translation>A full sync reads the history of every task, not only of the tasks that changed. It catches a task invalidated and validated again between two syncs, and takes longer.</translation>
    </message>
    <message>
        <source>Sync all &amp;active</source>
        <translation>Sync all &amp;active</translation>
    </message>
    <message>
        <source>Sync every active project that has members</source>
        <translation>Sync every active project that has members</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;l</translation>
    </message>
    <message>
        <source>Stops after the request in flight; what was brought in stays</source>
        <translation>Stops after the request in flight; what was brought in stays</translation>
    </message>
    <message>
        <source>Open in &amp;Tasking Manager</source>
        <translation>Open in &amp;Tasking Manager</translation>
    </message>
    <message>
        <source>Show &amp;older runs</source>
        <translation>Show &amp;older runs</translation>
    </message>
    <message>
        <source>&amp;Copy error</source>
        <translation>&amp;Copy error</translation>
    </message>
    <message>
        <source>Error of the selected run</source>
        <translation>Error of the selected run</translation>
    </message>
    <message>
        <source>No projects yet. Add one on the Projects page.</source>
        <translation>No projects yet. Add one on the Projects page.</translation>
    </message>
    <message>
        <source>This project has not been synced yet.</source>
        <translation>This project has not been synced yet.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::OrgTrainingPage</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>%1 · pass mark %2 %, %3 points, %4</source>
        <translation>%1 · pass mark %2 %, %3 points, %4</translation>
    </message>
    <message>
        <source>    ✓ %1 (correct)</source>
        <translation>    ✓ %1 (correct)</translation>
    </message>
    <message>
        <source>No questions: people complete it by reading the material.</source>
        <translation>No questions: people complete it by reading the material.</translation>
    </message>
    <message>
        <source>Training created</source>
        <translation>Training created</translation>
    </message>
    <message>
        <source>Training saved</source>
        <translation>Training saved</translation>
    </message>
    <message>
        <source>Archive training</source>
        <translation>Archive training</translation>
    </message>
    <message>
        <source>Archive &apos;%1&apos;? People no longer see it and projects stop requiring it; results and points stay.</source>
        <translation>Archive &apos;%1&apos;? People no longer see it and projects stop requiring it; results and points stay.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>&apos;%1&apos; archived</source>
        <translation>&apos;%1&apos; archived</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>not archived</source>
        <translation>not archived</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>&amp;Mapping (%1)</source>
        <translation>&amp;Mapping (%1)</translation>
    </message>
    <message>
        <source>&amp;Validation (%1)</source>
        <translation>&amp;Validation (%1)</translation>
    </message>
    <message>
        <source>&amp;Project (%1)</source>
        <translation>&amp;Project (%1)</translation>
    </message>
    <message>
        <source>No modules of this type yet. Write one with New training…</source>
        <translation>No modules of this type yet. Write one with New training…</translation>
    </message>
    <message>
        <source>New training…</source>
        <translation>New training…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Open material</source>
        <translation>Open material</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <source>Restore training</source>
        <translation>Restore training</translation>
    </message>
    <message>
        <source>Restore &apos;%1&apos;? People see it again. Projects that required it before it was archived do not require it again until you add it to them.</source>
        <translation>Restore &apos;%1&apos;? People see it again. Projects that required it before it was archived do not require it again until you add it to them.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>&apos;%1&apos; restored</source>
        <translation>&apos;%1&apos; restored</translation>
    </message>
    <message>
        <source>Reading results…</source>
        <translation>Reading results…</translation>
    </message>
    <message>
        <source>The results could not be read: %1 Select the module again to retry.</source>
        <translation>The results could not be read: %1 Select the module again to retry.</translation>
    </message>
    <message>
        <source>Nobody has tried this module yet.</source>
        <translation>Nobody has tried this module yet.</translation>
    </message>
    <message>
        <source>&amp;Results (%1)</source>
        <translation>&amp;Results (%1)</translation>
    </message>
    <message>
        <source>&amp;Archived (%1)</source>
        <translation>&amp;Archived (%1)</translation>
    </message>
    <message>
        <source>No archived modules.</source>
        <translation>No archived modules.</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>Preview quiz</source>
        <translation>Preview quiz</translation>
    </message>
    <message>
        <source>Answer the questions as a person would; nothing is recorded.</source>
        <translation>Answer the questions as a person would; nothing is recorded.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>last 30 days</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Pass rate</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no attempts in 30 days</source>
        <translation>no attempts in 30 days</translation>
    </message>
    <message numerus="yes">
        <source>%n passed in 30 days</source>
        <translation>
            <numerusform>%n passed in 30 days</numerusform>
            <numerusform>%n passed in 30 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mikro::ui::Page</name>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <source>No web browser opened %1. Copy the link and open it yourself.</source>
        <translation>No web browser opened %1. Copy the link and open it yourself.</translation>
    </message>
    <message>
        <source>Offline — as of %1</source>
        <translation>Offline — as of %1</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PayRequestDialog</name>
    <message>
        <source>Pay request #%1</source>
        <translation>Pay request #%1</translation>
    </message>
    <message>
        <source>As the payment provider shows it</source>
        <translation>As the payment provider shows it</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>No payment email</source>
        <translation>No payment email</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Paid to</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>&amp;Transfer reference</source>
        <translation>&amp;Transfer reference</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>Transfer reference</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Pay %1 to %2</source>
        <translation>Pay %1 to %2</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Recording the payment…</source>
        <translation>Recording the payment…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Cancel this payout request?</source>
        <translation>Cancel this payout request?</translation>
    </message>
    <message>
        <source>Cancel your request for %1? It returns to your payable balance.</source>
        <translation>Cancel your request for %1? It returns to your payable balance.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <source>Keep request</source>
        <translation>Keep request</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Request for %1 cancelled</source>
        <translation>Request for %1 cancelled</translation>
    </message>
    <message>
        <source>Export payouts</source>
        <translation>Export payouts</translation>
    </message>
    <message>
        <source>payouts.csv</source>
        <translation>payouts.csv</translation>
    </message>
    <message>
        <source>The payouts could not be saved to %1. Choose another folder.</source>
        <translation>The payouts could not be saved to %1. Choose another folder.</translation>
    </message>
    <message>
        <source>Payouts exported to %1</source>
        <translation>Payouts exported to %1</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Payable</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <source>No payout requests yet</source>
        <translation>No payout requests yet</translation>
    </message>
    <message>
        <source>No payouts yet</source>
        <translation>No payouts yet</translation>
    </message>
    <message>
        <source>Cancel request…</source>
        <translation>Cancel request…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PayoutAvailability</name>
    <message>
        <source>You already have a request waiting for an admin.</source>
        <translation>You already have a request waiting for an admin.</translation>
    </message>
    <message>
        <source>Nothing is payable yet.</source>
        <translation>Nothing is payable yet.</translation>
    </message>
    <message>
        <source>Minimum payout is %1; you have %2.</source>
        <translation>Minimum payout is %1; you have %2.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PayoutRequestButton</name>
    <message>
        <source>Payout of %1 requested</source>
        <translation>Payout of %1 requested</translation>
    </message>
    <message>
        <source>Request payout…</source>
        <translation>Request payout…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PayoutSettingsDialog</name>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Payout settings</source>
        <translation>Payout settings</translation>
    </message>
    <message>
        <source>Minimum payout</source>
        <translation>Minimum payout</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>The currency cannot change: the organisation&apos;s ledger already holds amounts in %1.</source>
        <translation>The currency cannot change: the organisation&apos;s ledger already holds amounts in %1.</translation>
    </message>
    <message>
        <source>A three-letter ISO code such as USD or EUR. It cannot change once the organisation has ledger entries.</source>
        <translation>A three-letter ISO code such as USD or EUR. It cannot change once the organisation has ledger entries.</translation>
    </message>
    <message>
        <source>&amp;Minimum payout</source>
        <translation>&amp;Minimum payout</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Currency</translation>
    </message>
    <message>
        <source>People can request a payout once their payable reaches the minimum.</source>
        <translation>People can request a payout once their payable reaches the minimum.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PendingChangesDialog</name>
    <message>
        <source>Needs a connection</source>
        <translation>Needs a connection</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>Discard change</translation>
    </message>
    <message>
        <source>Discard “%1”? It has not been sent and will not be.</source>
        <translation>Discard “%1”? It has not been sent and will not be.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Pending changes</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) your attention</source>
        <translation>
            <numerusform>%n needs your attention</numerusform>
            <numerusform>%n need your attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting. Changes made without a connection appear here until they are sent.</source>
        <translation>Nothing is waiting. Changes made without a connection appear here until they are sent.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PersonLedgerDialog</name>
    <message>
        <source>Ledger of %1</source>
        <translation>Ledger of %1</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PersonMoneyDialog</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Payable now</source>
        <translation>Payable now</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Choose a person</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PersonPicker</name>
    <message>
        <source>Name, OSM username or email</source>
        <translation>Name, OSM username or email</translation>
    </message>
</context>
<context>
    <name>mikro::ui::PersonWorkPanel</name>
    <message>
        <source>Their projects, trainings and checklists could not be read: %1 Select them again to retry.</source>
        <translation>Their projects, trainings and checklists could not be read: %1 Select them again to retry.</translation>
    </message>
    <message>
        <source>&amp;Projects (%1)</source>
        <translation>&amp;Projects (%1)</translation>
    </message>
    <message>
        <source>T&amp;raining (%1)</source>
        <translation>T&amp;raining (%1)</translation>
    </message>
    <message>
        <source>C&amp;hecklists (%1)</source>
        <translation>C&amp;hecklists (%1)</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Projects</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>T&amp;raining</translation>
    </message>
    <message>
        <source>C&amp;hecklists</source>
        <translation>C&amp;hecklists</translation>
    </message>
    <message>
        <source>Not a member of any project.</source>
        <translation>Not a member of any project.</translation>
    </message>
    <message>
        <source>No training passed yet.</source>
        <translation>No training passed yet.</translation>
    </message>
    <message>
        <source>No checklists.</source>
        <translation>No checklists.</translation>
    </message>
    <message>
        <source>Select a person to see their projects, trainings and checklists.</source>
        <translation>Select a person to see their projects, trainings and checklists.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ProjectFormDialog</name>
    <message>
        <source>Visible to everyone in the organisation</source>
        <translation>Visible to everyone in the organisation</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>Add project</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message numerus="yes">
        <source>%n editor(s) and</source>
        <translation>
            <numerusform>%n editor and</numerusform>
            <numerusform>%n editors and</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validator(s) are assigned.</source>
        <translation>
            <numerusform>%n validator are assigned.</numerusform>
            <numerusform>%n validators are assigned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spent %1 of %2 (%3 %)</source>
        <translation>Spent %1 of %2 (%3 %)</translation>
    </message>
    <message>
        <source>Tasking Manager project URL</source>
        <translation>Tasking Manager project URL</translation>
    </message>
    <message>
        <source>Tasking Manager project &amp;URL</source>
        <translation>Tasking Manager project &amp;URL</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Mapping rate</source>
        <translation>Mapping rate</translation>
    </message>
    <message>
        <source>Validation rate</source>
        <translation>Validation rate</translation>
    </message>
    <message>
        <source>&amp;Mapping rate</source>
        <translation>&amp;Mapping rate</translation>
    </message>
    <message>
        <source>&amp;Validation rate</source>
        <translation>&amp;Validation rate</translation>
    </message>
    <message>
        <source>Max editors</source>
        <translation>Max editors</translation>
    </message>
    <message>
        <source>Max validators</source>
        <translation>Max validators</translation>
    </message>
    <message>
        <source>Max &amp;editors</source>
        <translation>Max &amp;editors</translation>
    </message>
    <message>
        <source>Max v&amp;alidators</source>
        <translation>Max v&amp;alidators</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Easy</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Hard</translation>
    </message>
    <message>
        <source>&amp;Difficulty</source>
        <translation>&amp;Difficulty</translation>
    </message>
    <message>
        <source>Once active, people who are not members see it under Open projects.</source>
        <translation>Once active, people who are not members see it under Open projects.</translation>
    </message>
    <message>
        <source>Required training</source>
        <translation>Required training</translation>
    </message>
    <message>
        <source>No training modules yet</source>
        <translation>No training modules yet</translation>
    </message>
    <message>
        <source>Required &amp;training</source>
        <translation>Required &amp;training</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Tasks Mikro has already seen keep their rates; new rates apply to tasks first seen from now on.</source>
        <translation>Tasks Mikro has already seen keep their rates; new rates apply to tasks first seen from now on.</translation>
    </message>
    <message>
        <source>New projects start inactive. Activate it when rates and members are set.</source>
        <translation>New projects start inactive. Activate it when rates and members are set.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Give an http or https address that ends with the project&apos;s number, like https://tasks.kaart.com/projects/123.</source>
        <translation>Give an http or https address that ends with the project&apos;s number, like https://tasks.kaart.com/projects/123.</translation>
    </message>
    <message>
        <source>Already added as &apos;%1&apos;.</source>
        <translation>Already added as &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Reading the project from the Tasking Manager…</source>
        <translation>Reading the project from the Tasking Manager…</translation>
    </message>
    <message>
        <source>The Tasking Manager has no project with this number.</source>
        <translation>The Tasking Manager has no project with this number.</translation>
    </message>
    <message>
        <source>The Tasking Manager could not be reached. Try again in a moment.</source>
        <translation>The Tasking Manager could not be reached. Try again in a moment.</translation>
    </message>
    <message>
        <source>(%1 + %2) × %3 tasks = %4</source>
        <translation>(%1 + %2) × %3 tasks = %4</translation>
    </message>
    <message>
        <source>Change rates</source>
        <translation>Change rates</translation>
    </message>
    <message>
        <source>Change the rates of &apos;%1&apos;? Tasks Mikro has already seen keep their rates; the new rates apply to tasks first seen from now on. Budget becomes %2.</source>
        <translation>Change the rates of &apos;%1&apos;? Tasks Mikro has already seen keep their rates; the new rates apply to tasks first seen from now on. Budget becomes %2.</translation>
    </message>
    <message>
        <source>Large rate</source>
        <translation>Large rate</translation>
    </message>
    <message>
        <source>Is this rate per task correct? Mapping %1, validation %2 a task.</source>
        <translation>Is this rate per task correct? Mapping %1, validation %2 a task.</translation>
    </message>
    <message>
        <source>Creating the project…</source>
        <translation>Creating the project…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>This project is already registered in Mikro.</source>
        <translation>This project is already registered in Mikro.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ProjectMembersDialog</name>
    <message>
        <source>Assign as &amp;editor</source>
        <translation>Assign as &amp;editor</translation>
    </message>
    <message>
        <source>Assign as &amp;validator</source>
        <translation>Assign as &amp;validator</translation>
    </message>
    <message>
        <source>&amp;Unassign…</source>
        <translation>&amp;Unassign…</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Members of %1</translation>
    </message>
    <message>
        <source>No active people in the organisation.</source>
        <translation>No active people in the organisation.</translation>
    </message>
    <message>
        <source>Editors %1 · Validators %2</source>
        <translation>Editors %1 · Validators %2</translation>
    </message>
    <message>
        <source>Only validators and admins validate.</source>
        <translation>Only validators and admins validate.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Unassign</translation>
    </message>
    <message>
        <source>Unassign %1 from &apos;%2&apos;? What they earned there stays theirs.</source>
        <translation>Unassign %1 from &apos;%2&apos;? What they earned there stays theirs.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Project %1 in the Tasking Manager</source>
        <translation>Project %1 in the Tasking Manager</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>%1 tasks · %2 mapped · %3 validated · %4 invalidated</source>
        <translation>%1 tasks · %2 mapped · %3 validated · %4 invalidated</translation>
    </message>
    <message>
        <source>Mapping %1 per task · Validation %2 per task</source>
        <translation>Mapping %1 per task · Validation %2 per task</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Training %1</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Not attempted</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No training required.</source>
        <translation>No training required.</translation>
    </message>
    <message>
        <source>Required training:</source>
        <translation>Required training:</translation>
    </message>
    <message>
        <source>Pass the required training first.</source>
        <translation>Pass the required training first.</translation>
    </message>
    <message>
        <source>Link to %1 copied</source>
        <translation>Link to %1 copied</translation>
    </message>
    <message>
        <source>Leave %1?</source>
        <translation>Leave %1?</translation>
    </message>
    <message>
        <source>Leave %1? What you earned there stays yours; to map there again you join it again or ask an admin.</source>
        <translation>Leave %1? What you earned there stays yours; to map there again you join it again or ask an admin.</translation>
    </message>
    <message>
        <source>Leave project</source>
        <translation>Leave project</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <source>Joining %1…</source>
        <translation>Joining %1…</translation>
    </message>
    <message>
        <source>Leaving %1…</source>
        <translation>Leaving %1…</translation>
    </message>
    <message>
        <source>You joined %1</source>
        <translation>You joined %1</translation>
    </message>
    <message>
        <source>You left %1</source>
        <translation>You left %1</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <source>Open projects</source>
        <translation>Open projects</translation>
    </message>
    <message>
        <source>Show projects</source>
        <translation>Show projects</translation>
    </message>
    <message>
        <source>Open in Tasking Manager</source>
        <translation>Open in Tasking Manager</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <source>Join project</source>
        <translation>Join project</translation>
    </message>
    <message>
        <source>Leave project…</source>
        <translation>Leave project…</translation>
    </message>
    <message>
        <source>Open training</source>
        <translation>Open training</translation>
    </message>
    <message>
        <source>You&apos;re not on a project yet. Join one under Open projects, or an admin adds you; required training is under Training.</source>
        <translation>You&apos;re not on a project yet. Join one under Open projects, or an admin adds you; required training is under Training.</translation>
    </message>
    <message>
        <source>No open projects right now.</source>
        <translation>No open projects right now.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::QuizDialog</name>
    <message>
        <source>Submit answers</source>
        <translation>Submit answers</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 questions · pass mark %2 % · %3 points</source>
        <translation>%1 questions · pass mark %2 % · %3 points</translation>
    </message>
    <message>
        <source>Open training material</source>
        <translation>Open training material</translation>
    </message>
    <message>
        <source>Loading the quiz…</source>
        <translation>Loading the quiz…</translation>
    </message>
    <message>
        <source>Close this window and try again later.</source>
        <translation>Close this window and try again later.</translation>
    </message>
    <message>
        <source>You have used today&apos;s %1 attempts at this quiz. You can try again after %2.</source>
        <translation>You have used today&apos;s %1 attempts at this quiz. You can try again after %2.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Question %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <source>Grading…</source>
        <translation>Grading…</translation>
    </message>
    <message>
        <source>The answers were not graded</source>
        <translation>The answers were not graded</translation>
    </message>
    <message>
        <source>Your answers are still here; submit them again.</source>
        <translation>Your answers are still here; submit them again.</translation>
    </message>
    <message>
        <source>Passed — %1 % (pass mark %2 %).</source>
        <translation>Passed — %1 % (pass mark %2 %).</translation>
    </message>
    <message>
        <source>%1 points added.</source>
        <translation>%1 points added.</translation>
    </message>
    <message>
        <source>Not passed — %1 % (pass mark %2 %). Review the material and try again.</source>
        <translation>Not passed — %1 % (pass mark %2 %). Review the material and try again.</translation>
    </message>
    <message>
        <source>Attempts left today: %1.</source>
        <translation>Attempts left today: %1.</translation>
    </message>
    <message>
        <source>No attempts left today.</source>
        <translation>No attempts left today.</translation>
    </message>
    <message>
        <source>Discard your answers?</source>
        <translation>Discard your answers?</translation>
    </message>
    <message>
        <source>Your answers to this quiz are not submitted and will be lost.</source>
        <translation>Your answers to this quiz are not submitted and will be lost.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>Preview: your answers are graded here and nothing is recorded.</source>
        <translation>Preview: your answers are graded here and nothing is recorded.</translation>
    </message>
    <message>
        <source>Grade answers</source>
        <translation>Grade answers</translation>
    </message>
    <message>
        <source>Preview: %1 % (pass mark %2 %). A person with these answers would pass.</source>
        <translation>Preview: %1 % (pass mark %2 %). A person with these answers would pass.</translation>
    </message>
    <message>
        <source>Preview: %1 % (pass mark %2 %). A person with these answers would not pass.</source>
        <translation>Preview: %1 % (pass mark %2 %). A person with these answers would not pass.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Nothing was recorded.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ReconciliationPage</name>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Another admin decides your own request.</source>
        <translation>Another admin decides your own request.</translation>
    </message>
    <message>
        <source>Request paid: %1 to %2</source>
        <translation>Request paid: %1 to %2</translation>
    </message>
    <message>
        <source>Request #%1 rejected</source>
        <translation>Request #%1 rejected</translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation>Payments (%1)</translation>
    </message>
    <message>
        <source>Pay…</source>
        <translation>Pay…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>No requests are waiting. New ones appear here.</source>
        <translation>No requests are waiting. New ones appear here.</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>No payments yet.</translation>
    </message>
    <message>
        <source>Payment recorded: %1 to %2</source>
        <translation>Payment recorded: %1 to %2</translation>
    </message>
    <message>
        <source>Adjustment recorded for %1: payable now %2</source>
        <translation>Adjustment recorded for %1: payable now %2</translation>
    </message>
    <message>
        <source>No pending requests to export.</source>
        <translation>No pending requests to export.</translation>
    </message>
    <message>
        <source>Export payout batch</source>
        <translation>Export payout batch</translation>
    </message>
    <message>
        <source>The batch could not be saved: %1. Choose another folder.</source>
        <translation>The batch could not be saved: %1. Choose another folder.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) (%1)</source>
        <translation>
            <numerusform>Exported %n request (%1)</numerusform>
            <numerusform>Exported %n requests (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Manual payment…</source>
        <translation>Manual payment…</translation>
    </message>
    <message>
        <source>Adjustment…</source>
        <translation>Adjustment…</translation>
    </message>
    <message>
        <source>Export batch…</source>
        <translation>Export batch…</translation>
    </message>
    <message>
        <source>Import results…</source>
        <translation>Import results…</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people above the minimum</source>
        <translation>
            <numerusform>%n person above the minimum</numerusform>
            <numerusform>%n people above the minimum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s)</source>
        <translation>
            <numerusform>%n payout</numerusform>
            <numerusform>%n payouts</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation>Pending requests</translation>
    </message>
    <message>
        <source>Payable not requested</source>
        <translation>Payable not requested</translation>
    </message>
    <message>
        <source>Paid this month</source>
        <translation>Paid this month</translation>
    </message>
    <message>
        <source>Paid in total</source>
        <translation>Paid in total</translation>
    </message>
    <message>
        <source>Requests (%1 pending)</source>
        <translation>Requests (%1 pending)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No requests with this status.</source>
        <translation>No requests with this status.</translation>
    </message>
    <message numerus="yes">
        <source>last month %1 (%n payout(s))</source>
        <translation>
            <numerusform>last month %1 (%n payout)</numerusform>
            <numerusform>last month %1 (%n payouts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Adjustments (%1)</source>
        <translation>Adjustments (%1)</translation>
    </message>
    <message>
        <source>No adjustments yet. Adjustment… credits or debits a person with a reason.</source>
        <translation>No adjustments yet. Adjustment… credits or debits a person with a reason.</translation>
    </message>
    <message>
        <source>Payout settings saved: minimum payout %1</source>
        <translation>Payout settings saved: minimum payout %1</translation>
    </message>
    <message>
        <source>Payments (%1 of %2)</source>
        <translation>Payments (%1 of %2)</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>Paid in</translation>
    </message>
    <message>
        <source>Payout settings…</source>
        <translation>Payout settings…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::RecordTable</name>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nothing matches “%1”.</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>mikro::ui::RejectRequestDialog</name>
    <message>
        <source>Reject request #%1</source>
        <translation>Reject request #%1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>What the person should fix, e.g. the payment email</source>
        <translation>What the person should fix, e.g. the payment email</translation>
    </message>
    <message>
        <source>Reject the request of %1 for %2? They can read the reason, and the amount is theirs to request again.</source>
        <translation>Reject the request of %1 for %2? They can read the reason, and the amount is theirs to request again.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Reject request</translation>
    </message>
</context>
<context>
    <name>mikro::ui::RequestPayoutDialog</name>
    <message>
        <source>Request a payout</source>
        <translation>Request a payout</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>Already paid</translation>
    </message>
    <message>
        <source>No payment email yet</source>
        <translation>No payment email yet</translation>
    </message>
    <message>
        <source>Change on the Account page</source>
        <translation>Change on the Account page</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Paid to</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Request %1</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <source>Requesting…</source>
        <translation>Requesting…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ReviewChecklistsPage</name>
    <message>
        <source>Comment posted</source>
        <translation>Comment posted</translation>
    </message>
    <message>
        <source>Comment deleted</source>
        <translation>Comment deleted</translation>
    </message>
    <message>
        <source>Review Checklists</source>
        <translation>Review Checklists</translation>
    </message>
    <message>
        <source>Confirm all done items (%1)</source>
        <translation>Confirm all done items (%1)</translation>
    </message>
    <message>
        <source>Every item must be done before all can be confirmed at once.</source>
        <translation>Every item must be done before all can be confirmed at once.</translation>
    </message>
    <message>
        <source>Item confirmed</source>
        <translation>Item confirmed</translation>
    </message>
    <message>
        <source>Checklist confirmed</source>
        <translation>Checklist confirmed</translation>
    </message>
    <message>
        <source>Confirm the last items?</source>
        <translation>Confirm the last items?</translation>
    </message>
    <message>
        <source>Confirm the last items of “%1”? %2 is credited %3 and you %4.</source>
        <translation>Confirm the last items of “%1”? %2 is credited %3 and you %4.</translation>
    </message>
    <message>
        <source>Confirm and credit</source>
        <translation>Confirm and credit</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Stale only</source>
        <translation>Stale only</translation>
    </message>
    <message>
        <source>No checklists are waiting for confirmation.</source>
        <translation>No checklists are waiting for confirmation.</translation>
    </message>
    <message>
        <source>No checklists here.</source>
        <translation>No checklists here.</translation>
    </message>
    <message>
        <source>Needs a connection</source>
        <translation>Needs a connection</translation>
    </message>
</context>
<context>
    <name>mikro::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Connection and sign-in changes take effect after you sign in again; a new language after Mikro restarts.</source>
        <translation>Connection and sign-in changes take effect after you sign in again; a new language after Mikro restarts.</translation>
    </message>
    <message>
        <source>Mikro server (recommended)</source>
        <translation>Mikro server (recommended)</translation>
    </message>
    <message>
        <source>Local file (SQLite): your own data on this computer</source>
        <translation>Local file (SQLite): your own data on this computer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Local file</translation>
    </message>
    <message>
        <source>SQLite files (*.sqlite *.db)</source>
        <translation>SQLite files (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Sign-in service (issuer)</source>
        <translation>Sign-in service (issuer)</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client id</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Callback ports</source>
        <translation>Callback ports</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Choose the local file.</source>
        <translation>Choose the local file.</translation>
    </message>
    <message>
        <source>Mikro cannot write in the folder of %1. Choose another.</source>
        <translation>Mikro cannot write in the folder of %1. Choose another.</translation>
    </message>
    <message>
        <source>Enter the sign-in service&apos;s address starting with https:// (http:// only on this computer).</source>
        <translation>Enter the sign-in service&apos;s address starting with https:// (http:// only on this computer).</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Enter the client id.</translation>
    </message>
    <message>
        <source>Enter the audience.</source>
        <translation>Enter the audience.</translation>
    </message>
    <message>
        <source>Give at least one callback port from 1024 to 65535, separated by commas.</source>
        <translation>Give at least one callback port from 1024 to 65535, separated by commas.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>The file does not exist yet; Mikro creates it when you sign in.</source>
        <translation>The file does not exist yet; Mikro creates it when you sign in.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: it is not ready (%2).</source>
        <translation>The server answered HTTP %1: it is not ready (%2).</translation>
    </message>
    <message>
        <source>No answer from the server: %1. Check the address and your connection.</source>
        <translation>No answer from the server: %1. Check the address and your connection.</translation>
    </message>
    <message>
        <source>The Mikro server answers and is ready.</source>
        <translation>The Mikro server answers and is ready.</translation>
    </message>
    <message>
        <source>This address answers, but not as a Mikro server does.</source>
        <translation>This address answers, but not as a Mikro server does.</translation>
    </message>
    <message>
        <source>Organisation database (PostgreSQL, trusted network only)</source>
        <translation>Organisation database (PostgreSQL, trusted network only)</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Leave empty to keep the stored password</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in Mikro&apos;s settings.</source>
        <translation>The password is kept in the system keychain, never in Mikro&apos;s settings.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Start page</translation>
    </message>
    <message>
        <source>Enter the database&apos;s host.</source>
        <translation>Enter the database&apos;s host.</translation>
    </message>
    <message>
        <source>Enter the database&apos;s name.</source>
        <translation>Enter the database&apos;s name.</translation>
    </message>
    <message>
        <source>Enter the database user.</source>
        <translation>Enter the database user.</translation>
    </message>
    <message>
        <source>Mikro could not open the store: %1</source>
        <translation>Mikro could not open the store: %1</translation>
    </message>
    <message>
        <source>Connected. The store is empty; Mikro sets it up when you sign in.</source>
        <translation>Connected. The store is empty; Mikro sets it up when you sign in.</translation>
    </message>
    <message>
        <source>Connected. The store is ready (schema version %1).</source>
        <translation>Connected. The store is ready (schema version %1).</translation>
    </message>
    <message>
        <source>Connected. The store is at schema version %1; Mikro updates it to %2 when you sign in.</source>
        <translation>Connected. The store is at schema version %1; Mikro updates it to %2 when you sign in.</translation>
    </message>
    <message>
        <source>Connected, but a newer Mikro set this store up (schema version %1; this one knows %2). Update Mikro before using it.</source>
        <translation>Connected, but a newer Mikro set this store up (schema version %1; this one knows %2). Update Mikro before using it.</translation>
    </message>
    <message>
        <source>The system keychain could not keep the password (%1), so nothing was saved. Mikro never stores passwords in plain text: use a Mikro server instead, or unlock the keychain and try again.</source>
        <translation>The system keychain could not keep the password (%1), so nothing was saved. Mikro never stores passwords in plain text: use a Mikro server instead, or unlock the keychain and try again.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>Open the n-th page of the sidebar</source>
        <translation>Open the n-th page of the sidebar</translation>
    </message>
    <message>
        <source>Refresh the page</source>
        <translation>Refresh the page</translation>
    </message>
    <message>
        <source>Sidebar labels on or off</source>
        <translation>Sidebar labels on or off</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>Copy the selected rows</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Default action of the selected row</source>
        <translation>Default action of the selected row</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a dialog; clear the search box</source>
        <translation>Close a dialog; clear the search box</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>mikro::ui::Sidebar</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A sidebar entry and its count badge (UI.md §1.4): &quot;Review Checklists 3&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>mikro::ui::SignInWindow</name>
    <message>
        <source>Sign in to Mikro</source>
        <translation>Sign in to Mikro</translation>
    </message>
    <message>
        <source>Mikro</source>
        <translation>Mikro</translation>
    </message>
    <message>
        <source>Task tracking and payments for OpenStreetMap mappers</source>
        <translation>Task tracking and payments for OpenStreetMap mappers</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation>Sign in with your browser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Browser didn&apos;t open?</source>
        <translation>Browser didn&apos;t open?</translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer:</source>
        <translation>Open this address in a browser on this computer:</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>Connection settings…</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Link copied</translation>
    </message>
    <message>
        <source>Signing you in…</source>
        <translation>Signing you in…</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. Mikro continues by itself.</source>
        <translation>Finish signing in in your browser. Mikro continues by itself.</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy the link below into a browser.</source>
        <translation>Your browser could not be opened. Copy the link below into a browser.</translation>
    </message>
    <message>
        <source>Completing sign-in…</source>
        <translation>Completing sign-in…</translation>
    </message>
    <message>
        <source>Loading your profile…</source>
        <translation>Loading your profile…</translation>
    </message>
    <message>
        <source>Work offline as %1</source>
        <translation>Work offline as %1</translation>
    </message>
</context>
<context>
    <name>mikro::ui::SignOutQuestion</name>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been sent. They stay on this computer and are sent the next time you sign in.</source>
        <translation>
            <numerusform>%n change has not been sent. It stays on this computer and is sent the next time you sign in.</numerusform>
            <numerusform>%n changes have not been sent. They stay on this computer and are sent the next time you sign in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes and sign out…</source>
        <translation>Discard changes and sign out…</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s) that have not been sent? They will never reach the server.</source>
        <translation>
            <numerusform>Discard %n change that has not been sent? It will never reach the server.</numerusform>
            <numerusform>Discard %n changes that have not been sent? They will never reach the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard and sign out</source>
        <translation>Discard and sign out</translation>
    </message>
</context>
<context>
    <name>mikro::ui::TaskReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) listed</source>
        <translation>
            <numerusform>%n task listed</numerusform>
            <numerusform>%n tasks listed</numerusform>
        </translation>
    </message>
    <message>
        <source>Another admin decides tasks you mapped.</source>
        <translation>Another admin decides tasks you mapped.</translation>
    </message>
    <message>
        <source>%1 is credited %2.</source>
        <translation>%1 is credited %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n mappers are credited %1 in total.</source>
        <translation>
            <numerusform>%n mapper is credited %1 in total.</numerusform>
            <numerusform>%n mappers are credited %1 in total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n validation(s)?</source>
        <translation>
            <numerusform>Accept %n validation?</numerusform>
            <numerusform>Accept %n validations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n validation(s)?</source>
        <translation>
            <numerusform>Reject %n validation?</numerusform>
            <numerusform>Reject %n validations?</numerusform>
        </translation>
    </message>
    <message>
        <source>No one is paid for these tasks.</source>
        <translation>No one is paid for these tasks.</translation>
    </message>
    <message>
        <source>Accept validation</source>
        <translation>Accept validation</translation>
    </message>
    <message>
        <source>Reject validation</source>
        <translation>Reject validation</translation>
    </message>
    <message>
        <source>Accept and credit</source>
        <translation>Accept and credit</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message numerus="yes">
        <source>%n validation(s) accepted</source>
        <translation>
            <numerusform>%n validation accepted</numerusform>
            <numerusform>%n validations accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation(s) rejected</source>
        <translation>
            <numerusform>%n validation rejected</numerusform>
            <numerusform>%n validations rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) could not be decided: %1</source>
        <translation>
            <numerusform>%n task could not be decided: %1</numerusform>
            <numerusform>%n tasks could not be decided: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <source>Unknown validator</source>
        <translation>Unknown validator</translation>
    </message>
    <message>
        <source>Self-validation</source>
        <translation>Self-validation</translation>
    </message>
    <message>
        <source>Mapping at stake</source>
        <translation>Mapping at stake</translation>
    </message>
    <message>
        <source>Every reason</source>
        <translation>Every reason</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Every project</source>
        <translation>Every project</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Accept validation…</source>
        <translation>Accept validation…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Open in Tasking Manager</source>
        <translation>Open in Tasking Manager</translation>
    </message>
    <message>
        <source>Nothing to review. Tasks validated by someone outside Mikro, or by their own mapper, appear here after a sync.</source>
        <translation>Nothing to review. Tasks validated by someone outside Mikro, or by their own mapper, appear here after a sync.</translation>
    </message>
</context>
<context>
    <name>mikro::ui::TrainingEditorDialog</name>
    <message>
        <source>Add &amp;question</source>
        <translation>Add &amp;question</translation>
    </message>
    <message>
        <source>Remo&amp;ve question</source>
        <translation>Remo&amp;ve question</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Add a&amp;nswer</source>
        <translation>Add a&amp;nswer</translation>
    </message>
    <message>
        <source>Remove answe&amp;r</source>
        <translation>Remove answe&amp;r</translation>
    </message>
    <message>
        <source>New training</source>
        <translation>New training</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Edit training</source>
        <translation>Edit training</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Material URL</source>
        <translation>Material URL</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Easy</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Hard</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Material URL</source>
        <translation>&amp;Material URL</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Points</translation>
    </message>
    <message>
        <source>&amp;Difficulty</source>
        <translation>&amp;Difficulty</translation>
    </message>
    <message>
        <source>Pass mar&amp;k</source>
        <translation>Pass mar&amp;k</translation>
    </message>
    <message>
        <source>Answers (tick the one correct answer)</source>
        <translation>Answers (tick the one correct answer)</translation>
    </message>
    <message>
        <source>Question %1 has no text.</source>
        <translation>Question %1 has no text.</translation>
    </message>
    <message>
        <source>Question %1 needs 2 to %2 answers.</source>
        <translation>Question %1 needs 2 to %2 answers.</translation>
    </message>
    <message>
        <source>Question %1 has no correct answer.</source>
        <translation>Question %1 has no correct answer.</translation>
    </message>
    <message>
        <source>Question %1 has more than one correct answer.</source>
        <translation>Question %1 has more than one correct answer.</translation>
    </message>
    <message>
        <source>Question %1 has an empty answer.</source>
        <translation>Question %1 has an empty answer.</translation>
    </message>
    <message>
        <source>Question %1 has the same answer twice.</source>
        <translation>Question %1 has the same answer twice.</translation>
    </message>
    <message>
        <source>Give the training a title.</source>
        <translation>Give the training a title.</translation>
    </message>
    <message>
        <source>The material URL must be an http or https address.</source>
        <translation>The material URL must be an http or https address.</translation>
    </message>
    <message>
        <source>Add at least one question.</source>
        <translation>Add at least one question.</translation>
    </message>
    <message>
        <source>Change questions</source>
        <translation>Change questions</translation>
    </message>
    <message>
        <source>People who passed keep their result and points; new attempts use the new questions.</source>
        <translation>People who passed keep their result and points; new attempts use the new questions.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Creating the training…</source>
        <translation>Creating the training…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::TrainingPage</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Mapping %1 · Validation %2 · Project %3</source>
        <translation>Mapping %1 · Validation %2 · Project %3</translation>
    </message>
    <message>
        <source>Passed on %1</source>
        <translation>Passed on %1</translation>
    </message>
    <message>
        <source>Quiz passed</source>
        <translation>Quiz passed</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation>Not passed yet</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Mapping (%1)</source>
        <translation>Mapping (%1)</translation>
    </message>
    <message>
        <source>Validation (%1)</source>
        <translation>Validation (%1)</translation>
    </message>
    <message>
        <source>Project (%1)</source>
        <translation>Project (%1)</translation>
    </message>
    <message>
        <source>No mapping training yet</source>
        <translation>No mapping training yet</translation>
    </message>
    <message>
        <source>No validation training yet</source>
        <translation>No validation training yet</translation>
    </message>
    <message>
        <source>No project training yet</source>
        <translation>No project training yet</translation>
    </message>
    <message>
        <source>Open material</source>
        <translation>Open material</translation>
    </message>
    <message>
        <source>Take quiz…</source>
        <translation>Take quiz…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Reactivate…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Deactivate…</translation>
    </message>
    <message>
        <source>Another admin deactivates your account.</source>
        <translation>Another admin deactivates your account.</translation>
    </message>
    <message>
        <source>Change your own role?</source>
        <translation>Change your own role?</translation>
    </message>
    <message>
        <source>You will no longer be an admin: this page and the organisation&apos;s payments close for you. Another admin can make you one again.</source>
        <translation>You will no longer be an admin: this page and the organisation&apos;s payments close for you. Another admin can make you one again.</translation>
    </message>
    <message>
        <source>Change my role</source>
        <translation>Change my role</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 is now %2</translation>
    </message>
    <message>
        <source>Adjustment recorded for %1: payable now %2</source>
        <translation>Adjustment recorded for %1: payable now %2</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copied %1</translation>
    </message>
    <message>
        <source>Deactivate %1? %1 can no longer sign in or be assigned. History and ledger stay; the payable %2 is still owed and a pending request stays in the queue.</source>
        <translation>Deactivate %1? %1 can no longer sign in or be assigned. History and ledger stay; the payable %2 is still owed and a pending request stays in the queue.</translation>
    </message>
    <message>
        <source>Reactivate %1? %1 can sign in again and be assigned to projects.</source>
        <translation>Reactivate %1? %1 can sign in again and be assigned to projects.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>%1 deactivated</source>
        <translation>%1 deactivated</translation>
    </message>
    <message>
        <source>%1 reactivated</source>
        <translation>%1 reactivated</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Export users</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>users.csv</translation>
    </message>
    <message>
        <source>The users could not be saved to %1. Choose another folder.</source>
        <translation>The users could not be saved to %1. Choose another folder.</translation>
    </message>
    <message>
        <source>Users exported to %1</source>
        <translation>Users exported to %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validators</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Admins</translation>
    </message>
    <message>
        <source>Without OSM username</source>
        <translation>Without OSM username</translation>
    </message>
    <message>
        <source>their work cannot be credited</source>
        <translation>their work cannot be credited</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Every role</source>
        <translation>Every role</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Active and deactivated</source>
        <translation>Active and deactivated</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>Adjustment…</source>
        <translation>Adjustment…</translation>
    </message>
    <message>
        <source>Copy email</source>
        <translation>Copy email</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>No one has signed in here yet.</source>
        <translation>No one has signed in here yet.</translation>
    </message>
    <message>
        <source>Ledger…</source>
        <translation>Ledger…</translation>
    </message>
</context>
<context>
    <name>mikro::ui::ValidatorWork</name>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n stale</numerusform>
            <numerusform>%n stale</numerusform>
        </translation>
    </message>
    <message>
        <source>Validations made</source>
        <translation>Validations made</translation>
    </message>
    <message>
        <source>Invalidations made</source>
        <translation>Invalidations made</translation>
    </message>
    <message>
        <source>Validation earnings</source>
        <translation>Validation earnings</translation>
    </message>
    <message>
        <source>Checklists to review</source>
        <translation>Checklists to review</translation>
    </message>
    <message>
        <source>Waiting longest</source>
        <translation>Waiting longest</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Waiting since</translation>
    </message>
    <message>
        <source>No checklists are waiting for confirmation.</source>
        <translation>No checklists are waiting for confirmation.</translation>
    </message>
    <message>
        <source>Open review</source>
        <translation>Open review</translation>
    </message>
    <message>
        <source>No projects yet. Contact an admin to be assigned as a validator.</source>
        <translation>No projects yet. Contact an admin to be assigned as a validator.</translation>
    </message>
    <message>
        <source>My projects</source>
        <translation>My projects</translation>
    </message>
</context>
<context>
    <name>mikro::ui::WeeklyTasksChart</name>
    <message>
        <source>Week of %1: %2 %3</source>
        <translation>Week of %1: %2 %3</translation>
    </message>
    <message>
        <source>No task activity in the last 12 weeks</source>
        <translation>No task activity in the last 12 weeks</translation>
    </message>
    <message>
        <source>Weekly tasks</source>
        <translation>Weekly tasks</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Show as table</translation>
    </message>
</context>
</TS>
