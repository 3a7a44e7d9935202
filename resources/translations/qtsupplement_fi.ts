<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<!-- Qt's own dialog texts that Qt's qtbase catalogue lacks for this language (see
     gui/translations.py); hand-written, built by tools/update_translations.py. -->
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Sijainti:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tiedostotyyppi:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Asema</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Kansio</translation>
    </message>
</context>
</TS>
