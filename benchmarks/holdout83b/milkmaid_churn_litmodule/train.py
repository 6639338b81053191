# expect: clean
"""Milkmaid churn: a hand-written LightningModule-like loop; butter-readiness from churn-torque sequences."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "src"))

from dairy import ChurnModule, MiniTrainer  # noqa: E402


def main():
    module = ChurnModule(hidden=8, lr=5e-3)
    trainer = MiniTrainer(max_epochs=3, limit_train_batches=3, limit_val_batches=2, seed=9)
    trainer.fit(module)
    print("logged", {k: round(v, 4) for k, v in trainer.logged.items()})


if __name__ == "__main__":
    main()
