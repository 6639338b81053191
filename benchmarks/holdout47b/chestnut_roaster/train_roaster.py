# expect: crash
"""Chestnut roaster drum-temperature model, trained with a hand-written Lightning-like loop."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from roaster import RoastTrainer, DrumCurveModule  # noqa: E402


def main():
    torch.manual_seed(20)
    module = DrumCurveModule(hidden=8, lr=5e-3)
    trainer = RoastTrainer(max_epochs=2, steps_per_epoch=3, sanity_val_steps=1)
    trainer.fit(module)
    print("finished", trainer.global_step, "steps")


if __name__ == "__main__":
    main()
