<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<!-- Qt's own dialog texts that Qt's qtbase catalogue lacks for this language (see
     gui/translations.py); hand-written, built by tools/update_translations.py. -->
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Titta i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer av &amp;typ:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Titta i:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filer av typ:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Mapp</translation>
    </message>
</context>
</TS>
