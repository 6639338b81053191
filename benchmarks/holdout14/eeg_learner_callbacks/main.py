# expect: clean
"""EEG seizure classifier (CNN front-end + bidirectional GRU). A Learner exposes the network through a
functools.cached_property built from a factory; callbacks (early stopping with a validation pass, LR decay)
are composed with contextlib.ExitStack around each epoch. Validation restores the previous mode on exit."""
from engine.callbacks import EarlyStopping, LRDecay
from engine.trainer import Learner

learner = Learner(arch="cnn_bigru", lr=3e-3, callbacks=[EarlyStopping(patience=2), LRDecay(0.5)])
learner.fit(epochs=3)
print("best val", learner.state["best_val"])
