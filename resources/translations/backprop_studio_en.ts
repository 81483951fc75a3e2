<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>FileActions</name>
        <message numerus="yes">
            <source>Session {file} opened: epoch {epoch}, %n sample(s) seen.</source>
            <translation>
                <numerusform>Session {file} opened: epoch {epoch}, %n sample seen.</numerusform>
                <numerusform>Session {file} opened: epoch {epoch}, %n samples seen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatusNumbers</name>
        <message numerus="yes">
            <source>%n sample(s)</source>
            <translation>
                <numerusform>%n sample</numerusform>
                <numerusform>%n samples</numerusform>
            </translation>
        </message>
    </context>
</TS>
