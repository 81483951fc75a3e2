<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DataBox</name>
    <message numerus="yes">
        <source>%n input(s)</source>
        <translation>
            <numerusform>%n input</numerusform>
            <numerusform>%n inputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation>
            <numerusform>%n output</numerusform>
            <numerusform>%n outputs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DerivationText</name>
    <message numerus="yes">
        <source>It is the input of the %n weight(s) {weight} into the next layer: Δ{weight} = α {delta} {unit}.</source>
        <translation>
            <numerusform>It is the input of the %n weight {weight} into the next layer: Δ{weight} = α {delta} {unit}.</numerusform>
            <numerusform>It is the input of the %n weights {weight} into the next layer: Δ{weight} = α {delta} {unit}.</numerusform>
        </translation>
    </message>
</context>
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
    <name>LessonText</name>
    <message numerus="yes">
        <source>at least %n epoch(s)</source>
        <translation>
            <numerusform>at least %n epoch</numerusform>
            <numerusform>at least %n epochs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkBox</name>
    <message numerus="yes">
        <source>{shape} network, %n weight(s)</source>
        <translation>
            <numerusform>{shape} network, %n weight</numerusform>
            <numerusform>{shape} network, %n weights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeRoundText</name>
    <message numerus="yes">
        <source>%n question(s): {right} right first time, {hint} after a hint, {shown} solution shown</source>
        <translation>
            <numerusform>%n question: {right} right first time, {hint} after a hint, {shown} solution shown</numerusform>
            <numerusform>%n questions: {right} right first time, {hint} after a hint, {shown} solution shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeedBox</name>
    <message numerus="yes">
        <source>%n sample(s)/s</source>
        <translation>
            <numerusform>%n sample/s</numerusform>
            <numerusform>%n samples/s</numerusform>
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
<context>
    <name>StopBox</name>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n epoch</numerusform>
            <numerusform>%n epochs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StopRuleText</name>
    <message numerus="yes">
        <source>Stopped: reached the maximum of %n epoch(s).</source>
        <translation>
            <numerusform>Stopped: reached the maximum of %n epoch.</numerusform>
            <numerusform>Stopped: reached the maximum of %n epochs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: E has not improved by {tol} % in the last %n epoch(s) (a plateau, at E = {E}).</source>
        <translation>
            <numerusform>Stopped: E has not improved by {tol} % in the last %n epoch (a plateau, at E = {E}).</numerusform>
            <numerusform>Stopped: E has not improved by {tol} % in the last %n epochs (a plateau, at E = {E}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainerText</name>
    <message numerus="yes">
        <source>stopped: reached the maximum of %n epoch(s)</source>
        <translation>
            <numerusform>stopped: reached the maximum of %n epoch</numerusform>
            <numerusform>stopped: reached the maximum of %n epochs</numerusform>
        </translation>
    </message>
</context>
</TS>
