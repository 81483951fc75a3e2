<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>NetworkBox</source>
        <comment>cross-entropy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrainingBox</source>
        <comment>Glorot (Xavier)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrainingBox</source>
        <comment>He (for ReLU)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataBox</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The examples the network learns from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many points to generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the points are blurred across the class boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the points used for training; the rest form the test set, which the network never learns from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a new random sample of this data set (new data seed); training restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on your own data: a CSV file with one row per sample, numeric inputs and the target in the last column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classes: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{train} training / {test} test samples, {inputs} → {outputs} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n input(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Which data set to learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data set changed to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New random data drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DerivationDialog</name>
    <message>
        <source>The derivation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: train exactly one sample, then pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step one epoch: train to the end of the current epoch, then pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset: back to the same initial weights (same seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New initial weights (next seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open / save a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop view: edges by this sample&apos;s Δw, units by their δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animate steps: → plays the forward pass, the backward pass and the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the Learn panel (derivation, units, weights, metrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The derivation of backpropagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a number box has the keyboard focus, the arrow keys and Space edit the box; click on the graph or the plot first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch a neural network learn by backpropagation: every weight, every update, the error falling sample by sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt {qt}, Python {python}. MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Backprop Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {error}. The app carries on; what you were doing may not have been done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>HelpPage</name>
    <message>
        <source>&lt;h2&gt;How the network learns: backpropagation, step by step&lt;/h2&gt;&lt;p&gt;This page follows the derivation the app is built on (one hidden layer, sigmoid units, squared error), and says where each symbol is on the screen. Click any weight or unit in the network and the &lt;b&gt;inspector&lt;/b&gt; shows the same formulas with the numbers of the sample being learned.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;1. What is on the screen&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;{x_i}&lt;/b&gt;: the inputs, the column of units on the &lt;b&gt;left&lt;/b&gt; of the network (i = 1 … d).&lt;/li&gt;&lt;li&gt;&lt;b&gt;{h_j}&lt;/b&gt;: the hidden units, the &lt;b&gt;middle&lt;/b&gt; column (j = 1 … p).&lt;/li&gt;&lt;li&gt;&lt;b&gt;{o_k}&lt;/b&gt;: the outputs, the column on the &lt;b&gt;right&lt;/b&gt; (k = 1 … m); &lt;b&gt;{t_k}&lt;/b&gt; is the target the output should have.&lt;/li&gt;&lt;li&gt;&lt;b&gt;{w_ji}&lt;/b&gt;: the edges from inputs to hidden units; &lt;b&gt;{w_kj}&lt;/b&gt;: the edges from hidden units to outputs. The first index is the unit the edge goes &lt;i&gt;to&lt;/i&gt;. &lt;b&gt;{w_j0}&lt;/b&gt;, &lt;b&gt;{w_k0}&lt;/b&gt; are the biases: weights of an extra input fixed at 1.&lt;/li&gt;&lt;li&gt;Edge colours (see the legend): &lt;span style=&apos;color:{red}&apos;&gt;&lt;b&gt;red&lt;/b&gt;&lt;/span&gt; positive, &lt;span style=&apos;color:{blue}&apos;&gt;&lt;b&gt;blue&lt;/b&gt;&lt;/span&gt; negative, grey near zero; the stronger the colour, the larger the weight. Units are filled from dark (low activation) to light (high).&lt;/li&gt;&lt;li&gt;&lt;b&gt;{E_n}&lt;/b&gt;: the error on one sample, plotted in the &lt;b&gt;error plot&lt;/b&gt;; the line per epoch is its mean over all samples.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;2. Forward pass: from inputs to outputs&lt;/h3&gt;&lt;p&gt;Each hidden unit adds up its weighted inputs and squashes the sum with the sigmoid σ(z) = 1 / (1 + e&lt;sup&gt;−z&lt;/sup&gt;):&lt;/p&gt;{eq_net_j}&lt;p&gt;The outputs do the same with the hidden units as their inputs:&lt;/p&gt;{eq_net_k}&lt;p&gt;and the error on this sample n compares outputs with targets:&lt;/p&gt;{eq_E_n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;3. Learning rule&lt;/h3&gt;&lt;p&gt;Every weight moves a small step &lt;b&gt;down&lt;/b&gt; the slope of {E_n}, scaled by the learning rate α (the α control):&lt;/p&gt;{eq_rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;4. A hidden → output weight {w_kj}: the chain rule&lt;/h3&gt;&lt;p&gt;{w_kj} changes {E_n} only through {net_k}, and {net_k} through {o_k}:&lt;/p&gt;{eq_chain}&lt;p&gt;Each factor is simple:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;∂{E_n}/∂{o_k} = −({t_k} − {o_k}) &amp;nbsp; (only the k-th term of the sum depends on {o_k})&lt;/li&gt;&lt;li&gt;∂{o_k}/∂{net_k} = {o_k} (1 − {o_k}) &amp;nbsp; (the sigmoid&apos;s slope, read off its own output)&lt;/li&gt;&lt;li&gt;∂{net_k}/∂{w_kj} = {h_j} &amp;nbsp; (the signal the edge carries)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Multiplying and flipping the sign gives the update of a hidden → output edge:&lt;/p&gt;{eq_dw_kj}&lt;p&gt;The part that belongs to the output unit is its &lt;b&gt;δ&lt;/b&gt;: {d_k} = ({t_k} − {o_k}) {o_k} (1 − {o_k}) = −∂{E_n}/∂{net_k}, so Δ{w_kj} = α {d_k} {h_j}.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;5. An input → hidden weight {w_ji}: one more link in the chain&lt;/h3&gt;&lt;p&gt;{w_ji} changes {net_j}, which changes {h_j}, which reaches &lt;i&gt;every&lt;/i&gt; output through the weights {w_kj}. So the error flows back along all those edges and adds up:&lt;/p&gt;{eq_dnet_j}&lt;p&gt;with ∂h&lt;sub&gt;j&lt;/sub&gt;/∂net&lt;sub&gt;j&lt;/sub&gt; = h&lt;sub&gt;j&lt;/sub&gt;(1 − h&lt;sub&gt;j&lt;/sub&gt;), ∂{net_k}/∂{h_j} = {w_kj} and ∂{o_k}/∂{net_k} = {o_k}(1 − {o_k}). Since ∂{net_j}/∂{w_ji} = {x_i}:&lt;/p&gt;{eq_dw_ji}&lt;p&gt;or, with the hidden unit&apos;s δ: {d_j} = {h_j} (1 − {h_j}) Σ&lt;sub&gt;k&lt;/sub&gt; {w_kj} {d_k} and Δ{w_ji} = α {d_j} {x_i}. The sum uses the weights {w_kj} &lt;i&gt;before&lt;/i&gt; this sample&apos;s update.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;6. The two rules together&lt;/h3&gt;{eq_both_k}{eq_both_j}&lt;p&gt;Every update is &lt;b&gt;α × (δ of the unit the edge goes to) × (signal on the edge)&lt;/b&gt;. A weight whose input is 0 for a sample does not change on that sample; a unit stuck near 0 or 1 (σ′ ≈ 0) passes almost no error back.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;7. Beyond the seed&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;More hidden layers&lt;/b&gt;: the same recursion, δ = f′(a) · Σ w δ&lt;sub&gt;next&lt;/sub&gt;, layer by layer from the output back. Symbols get a layer number: h&lt;sup&gt;(2)&lt;/sup&gt;&lt;sub&gt;j&lt;/sub&gt;, w&lt;sup&gt;(3)&lt;/sup&gt;&lt;sub&gt;kj&lt;/sub&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Other activations&lt;/b&gt; swap the sigmoid&apos;s o (1 − o) for their own slope: tanh′ = 1 − a², ReLU′ = 1 if net &amp;gt; 0 else 0, linear′ = 1.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cross-entropy&lt;/b&gt; loss with a sigmoid or softmax output gives simply {d_k} = {t_k} − {o_k}: the o (1 − o) cancels.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Batches, momentum, L2&lt;/b&gt; change what is &lt;i&gt;applied&lt;/i&gt;: a batch averages the samples&apos; Δw before applying it; momentum adds a share of the previous step; L2 pulls every weight a little towards 0. The inspector shows the applied change when it differs.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;8. Other views (the Learn panel on the right, Ctrl+L)&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Derivation&lt;/b&gt;: click an edge or a unit in the network; the update above, with the numbers of the current sample.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Backprop view&lt;/b&gt; (key B): edges coloured by this sample&apos;s Δw instead of w, units filled by their δ. With &lt;b&gt;Animate steps&lt;/b&gt; (key A), → plays the forward pass layer by layer, then δ travelling back, then the update.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Decision boundary&lt;/b&gt; (What units learned): the output o for every point of the input plane; the black line is o = 0.5. Dots are the samples, coloured by class.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Unit pictures&lt;/b&gt;: what each hidden unit computes over the plane. Hidden units draw straight boundaries; the output combines them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Hinton diagram&lt;/b&gt; (Weights): one square per weight, area ∝ |w|, colour = sign; click one to see its derivation.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Metrics&lt;/b&gt;: accuracy and the confusion matrix (classes), or RMSE and R² (numbers), on the training and the test set.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
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
    <name>LayerRow</name>
    <message>
        <source>Units in hidden layer {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One unit fewer in hidden layer {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One unit more in hidden layer {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSlider</name>
    <message>
        <source>{tip} (logarithmic: each tenth of the track multiplies by ~2)</source>
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
    <name>NetworkBox</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shape of the network: inputs and outputs come from the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of hidden layers (0 = no hidden layer: a single-layer network, which cannot learn XOR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation f of every hidden unit: h_j = f(net_j)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation of the output units: o_k = f(net_k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error E_n the network minimises for each sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shape} network, %n weight(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Network changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtCore.QCoreApplication</name>
    <message>
        <source>NetworkBox</source>
        <comment>½ SSE (the seed&apos;s)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrainingBox</source>
        <comment>uniform ±r</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeedBox</name>
    <message>
        <source>flat out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)/s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast training runs: slow to watch single updates, flat out to train quickly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training speed in samples per second; rightmost = as fast as the computer can</source>
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
    <name>StopBox</name>
    <message>
        <source>Stop when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let training stop by itself; the status bar says why it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when the mean error E of an epoch falls below this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many epochs (passes over the training set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no progress for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when E has not improved for this many epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller improvements than this share of E do not count as progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  by more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
<context>
    <name>TrainingBox</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the weights are updated: Δw = α δ · input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate α: how far each update moves the weights; applied at once, even while training (too large and it diverges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples whose updates are averaged before the weights change (1 = online, the seed&apos;s rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum μ: keep this share of the previous update (0 = the seed&apos;s plain rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 weight decay λ: pulls every weight towards 0 at each update (biases are not decayed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shuffle samples each epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit the samples in a new random order every epoch (off: in file order, as the seed does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the initial weights are drawn; changing it restarts training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial weights are drawn uniformly from (−r, r); restarts training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed of the initial weights: the same seed always gives the same weights; restarts training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init range r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond the controls&apos; range, now used as shown: {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialisation changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
