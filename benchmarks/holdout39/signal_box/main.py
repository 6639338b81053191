# expect: crash
"""Signal box lever timing: predicts the next pull interval from the block-bell sequence."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "src"))

from levers.lightish import Trainer  # noqa: E402
from levers.tasks import LeverTimingModule  # noqa: E402

if __name__ == "__main__":
    module = LeverTimingModule(hidden=8, lr=2e-3)
    trainer = Trainer(max_epochs=2, val_every=1)
    trainer.fit(module)
    print("val history", trainer.logged["val_loss"])
