# expect: clean
"""Shearing-shed throughput: predict fleece weight per sheep from the
shearer's hand-piece motor current trace. The app only assembles objects and
calls fit(); evaluation and logging live in callbacks.
"""
from shedline.modeling import FleeceRegressor
from shedline.training import ShedTrainer
from shedline.callbacks import ShadowEvaluator, ProgressLine


def build():
    trainer = ShedTrainer(FleeceRegressor(hidden=8), lr=4e-3, seed=33)
    trainer.callbacks += [ShadowEvaluator(), ProgressLine()]
    return trainer


if __name__ == "__main__":
    t = build()
    t.fit(epochs=3)
    print("eval curve", [round(v, 4) for v in t.metrics["val_mae"]])
