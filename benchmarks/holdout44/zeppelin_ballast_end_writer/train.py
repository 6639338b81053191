# expect: clean
"""Zeppelin ballast trim: forecast the next ballast release from envelope sensors."""
import torch

from zeppelin import Engine, PredictionWriter, ProgressPrinter, TrimModel

CONFIG = {
    "model": {"n_sensors": 5, "hidden": 10, "layers": 1},
    "optim": {"lr": 2e-3},
    "trainer": {"epochs": 2, "steps_per_epoch": 3, "batch": 4, "window": 6},
    "writer": {"when": "on_train_end", "n": 2},
}


def main():
    torch.manual_seed(1)
    model = TrimModel(**CONFIG["model"])
    callbacks = [ProgressPrinter(), PredictionWriter(**CONFIG["writer"])]
    engine = Engine(model, CONFIG, callbacks=callbacks)
    engine.fit()
    print("done", engine.state["epoch"], round(engine.state["last_loss"], 4))


if __name__ == "__main__":
    main()
