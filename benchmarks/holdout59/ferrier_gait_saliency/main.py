# expect: crash
"""Ferrier: flag uneven shoe wear from hoof-strike accelerometer traces.

The engine is driven by a config dict; callbacks are looked up by name and fired by hook name.
"""
import logging

import torch

from ferrier import Engine, HoofGRU, build_callbacks, strike_loader

logging.basicConfig(level=logging.WARNING)

CONFIG = {
    "model": {"n_channels": 3, "hidden": 10, "n_classes": 3},
    "optim": {"lr": 5e-3, "weight_decay": 1e-4},
    "trainer": {"epochs": 2, "log_every": 3},
    "data": {"n_train": 20, "n_val": 8, "length": 12, "batch_size": 4},
    "callbacks": ["progress", "saliency"],
}


def main():
    torch.manual_seed(3)
    data_cfg = CONFIG["data"]
    train_loader = strike_loader(data_cfg["n_train"], data_cfg["length"], data_cfg["batch_size"])
    val_loader = strike_loader(data_cfg["n_val"], data_cfg["length"], data_cfg["batch_size"])
    model = HoofGRU(**CONFIG["model"])
    engine = Engine(model, CONFIG, callbacks=build_callbacks(CONFIG["callbacks"]))
    engine.fit(train_loader, val_loader)
    print("epochs run:", engine.state["epoch"] + 1, "val acc:", round(engine.state["val_acc"], 3))


if __name__ == "__main__":
    main()
