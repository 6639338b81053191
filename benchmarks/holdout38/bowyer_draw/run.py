# expect: clean
"""Bowyers' draw-weight curves: an LSTM regressor trained with validation callbacks."""
import torch

from bowyer import DrawModel, Engine
from bowyer.callbacks import default_callbacks

CONFIG = {"hidden": 8, "epochs": 2, "batch": 4, "steps": 7, "lr": 5e-3, "validate_first": True}


def main():
    torch.manual_seed(1)
    model = DrawModel(hidden=CONFIG["hidden"])
    engine = Engine(model, CONFIG, callbacks=default_callbacks())
    engine.fit()
    print("final", engine.state["last_loss"])


if __name__ == "__main__":
    main()
