# expect: crash
"""Reed-bed filtration: forecast outflow nitrate from inflow sensor windows.

Entry point only wires things together; the loop lives in reedbed.engine.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

import torch  # noqa: E402

from reedbed import Trainer, build_model, PeriodicValidation, LossLogger  # noqa: E402
from reedbed.engine.data import synthetic_loader  # noqa: E402


def main():
    torch.manual_seed(1)
    cfg = {"n_features": 5, "hidden": 8, "lr": 3e-3, "epochs": 2, "val_every": 2}
    model = build_model(cfg)
    trainer = Trainer(model, lr=cfg["lr"])
    trainer.add_callback(PeriodicValidation(synthetic_loader(3, cfg["n_features"]), every=cfg["val_every"]))
    trainer.add_callback(LossLogger())
    trainer.fit(synthetic_loader(6, cfg["n_features"]), epochs=cfg["epochs"])


if __name__ == "__main__":
    main()
