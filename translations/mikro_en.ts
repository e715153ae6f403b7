<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>mikro::core::ConfigReader</name>
    <message>
        <source>Configuration error: %1.</source>
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
</context>
</TS>
