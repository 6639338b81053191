# expect: crash
"""Canal-lock water level forecasting: entry script only wires things together."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from canallock import LevelNet, PeriodicValidation, TrainerBuilder, synthetic_levels  # noqa: E402


def main():
    torch.manual_seed(1)
    train_batches, val_batches = synthetic_levels(n_train=8, n_val=2)
    trainer = (
        TrainerBuilder()
        .with_model(LevelNet(n_sensors=3, hidden=8))
        .with_optimizer("adam", lr=3e-3)
        .with_data(train_batches, val_batches)
        .with_callback(PeriodicValidation(every=3))
        .epochs(2)
        .build()
    )
    history = trainer.fit()
    print("final val", round(history[-1], 4))


if __name__ == "__main__":
    main()
