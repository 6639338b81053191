# expect: crash
"""Ski-jump wind-gate advisor: predicts the gate adjustment from a window of
anemometer readings along the in-run. Entry point only wires things together."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from skijump import GateNet, Trainer, EarlyStopping, WindDataset  # noqa: E402


def main():
    torch.manual_seed(3)
    cfg = {"hidden": 8, "lr": 5e-3, "epochs": 5, "patience": 1, "batch": 4}
    model = GateNet(n_sensors=5, hidden=cfg["hidden"])
    trainer = Trainer(
        model,
        optimizer=torch.optim.SGD(model.parameters(), lr=cfg["lr"]),
        callbacks=[EarlyStopping(patience=cfg["patience"], restore_best=True)],
    )
    history = trainer.fit(WindDataset(n=24, seed=1), WindDataset(n=8, seed=2),
                          epochs=cfg["epochs"], batch_size=cfg["batch"])
    print("done", [round(h, 3) for h in history])


if __name__ == "__main__":
    main()
