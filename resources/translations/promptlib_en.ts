<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ChecksPanel</name>
    <message numerus="yes">
        <location filename="../../promptlib/gui/editor/checks.py" line="136"/>
        <source>%n error(s) to fix before saving a version (the draft is kept).</source>
        <translation>
            <numerusform>%n error to fix before saving a version (the draft is kept).</numerusform>
            <numerusform>%n errors to fix before saving a version (the draft is kept).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/editor/checks.py" line="142"/>
        <source>%n warning(s) or hint(s).</source>
        <translation>
            <numerusform>%n warning or hint.</numerusform>
            <numerusform>%n warnings or hints.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message numerus="yes">
        <location filename="../../promptlib/gui/libraryactions.py" line="276"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/libraryactions.py" line="278"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/libraryactions.py" line="282"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/libraryactions.py" line="284"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/libraryactions.py" line="286"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/libraryactions.py" line="327"/>
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
        <location filename="../../promptlib/gui/mainwindow.py" line="395"/>
        <source>%n template(s) in the list; the one shown is not among them</source>
        <translation>
            <numerusform>%n template in the list; the one shown is not it</numerusform>
            <numerusform>%n templates in the list; the one shown is not among them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/mainwindow.py" line="398"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message numerus="yes">
        <location filename="../../promptlib/gui/publishdialog.py" line="226"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/publishdialog.py" line="228"/>
        <source>The prompt check has %n hint(s) or warning(s); they do not stop publishing.</source>
        <translation>
            <numerusform>The prompt check has %n hint or warning; it does not stop publishing.</numerusform>
            <numerusform>The prompt check has %n hints or warnings; they do not stop publishing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../promptlib/gui/publishdialog.py" line="233"/>
        <source>Cannot publish: %n template(s) have errors to fix first:</source>
        <translation>
            <numerusform>Cannot publish: %n template has errors to fix first:</numerusform>
            <numerusform>Cannot publish: %n templates have errors to fix first:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message numerus="yes">
        <location filename="../../promptlib/gui/editor/window.py" line="429"/>
        <source>Not saved: %n error(s) to fix first (the draft is kept).</source>
        <translation>
            <numerusform>Not saved: %n error to fix first (the draft is kept).</numerusform>
            <numerusform>Not saved: %n errors to fix first (the draft is kept).</numerusform>
        </translation>
    </message>
</context>
</TS>
