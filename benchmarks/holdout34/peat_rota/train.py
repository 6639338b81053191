# expect: crash
"""Peat-cutting rota forecaster: predicts the next week's cutting hours per bank."""
import logging
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from peat import RotaModel, RotaTrainer  # noqa: E402

CONFIG = {"n_banks": 5, "hidden": 10, "epochs": 3, "lr": 3e-3, "batch": 4, "weeks": 6}


def main():
    logging.basicConfig(level=logging.INFO, format="[%(name)s] %(message)s")
    model = RotaModel(CONFIG["n_banks"], CONFIG["hidden"])
    trainer = RotaTrainer(model, CONFIG)
    history = trainer.fit()
    logging.getLogger("peat").info("finished with %d epochs", len(history))


if __name__ == "__main__":
    main()
