# expect: crash
"""Entry point: counts eels passing a weir from sonar pulse sequences."""
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

from eelcatcher import EelCounter, Trainer, make_batches  # noqa: E402

CONFIG = {
    "epochs": 2,
    "lr": 1e-2,
    "batch_size": 4,
    "seq_len": 6,
    "features": 5,
    "hidden": 8,
    "sanity_steps": 1,
}


def main():
    torch.manual_seed(0)
    model = EelCounter(CONFIG["features"], CONFIG["hidden"])
    train_data = make_batches(3, CONFIG)
    val_data = make_batches(2, CONFIG)
    trainer = Trainer(model, CONFIG)
    history = trainer.fit(train_data, val_data)
    print("done", [round(h, 4) for h in history])


if __name__ == "__main__":
    main()
