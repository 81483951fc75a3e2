<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>FileActions</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export weights as {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} files (*.{ext})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights (*.json *.npz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights are for a {shape} network: {inputs} inputs and {outputs} outputs, but the data set {name} has {data_inputs} inputs and {data_outputs} outputs. Choose a matching data set first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights use different activations in different hidden layers, which this window cannot show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network changed to fit the imported weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights loaded from {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a CSV data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the graph as {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop Studio graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the plot as {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop Studio error plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} (*.{ext})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the error history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the error history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error history saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Session {file} opened: epoch {epoch}, %n sample(s) seen.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>--lang must be one of: {choices} (got {value!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Korean font is installed, so Hangul may show as empty boxes. Install one (on Debian or Ubuntu: sudo apt-get install {packages}) and restart Backprop Studio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Press Space (or ▶ Play) to start training; → steps one sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export weights as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a saved session: network, data, weights and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything, to continue later exactly where you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load CSV data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on your own data from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load weights saved as JSON or NPZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export error history as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the E plot&apos;s numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the derivation, unit pictures, weights and metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear old runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the faded error curves of earlier runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The derivation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equations of backpropagation, as the seed writes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Backprop Studio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current weights as {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph as {format}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot as {format}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the window in this language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusNumbers</name>
    <message>
        <source>Epochs finished: passes over the whole training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples trained on so far (one weight update each when online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training speed, samples per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean error E over the last finished epoch (Eₙ of the last sample before the first epoch ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} samples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeachingActions</name>
    <message>
        <source>Backprop view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the edges by this sample&apos;s Δw (∝ −∂E/∂w) and the units by their error signal δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animate steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Step sample” plays the forward pass, the backward pass and the weight update, one phase at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace of the step animation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingActions</name>
    <message>
        <source>▶  Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚  Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train exactly one sample, then pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train to the end of the current epoch, then pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over from the same initial weights (same seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over from new random initial weights (next seed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
