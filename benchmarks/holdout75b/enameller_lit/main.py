# expect: crash
"""Cloisonne enamel crack detection with a hand-written LightningModule-like API."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from enamel import MiniTrainer, CrackTask  # noqa: E402

if __name__ == "__main__":
    task = CrackTask(n_in=3, hidden=6)
    trainer = MiniTrainer(max_epochs=2, num_sanity_val_steps=1)
    trainer.fit(task)
    print("done", trainer.logged[-3:])
