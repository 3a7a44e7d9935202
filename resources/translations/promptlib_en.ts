<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>LibraryActions</name>
    <message numerus="yes">
        <location filename="../../promptlib/gui/libraryactions.py" line="199"/>
        <source>Exported %n template(s) to %1</source>
        <translation>
            <numerusform>Exported %n template to %1</numerusform>
            <numerusform>Exported %n templates to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../promptlib/gui/mainwindow.py" line="261"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
</context>
</TS>
