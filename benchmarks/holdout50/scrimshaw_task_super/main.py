# expect: clean
"""Scrimshaw carving-style classifier: tool-stroke sequences -> workshop style.

The entry only wires things together; the loop lives in scrim.loop."""
import torch

from scrim.loop import Loop
from scrim.task import StrokeDataModule
from styles import ScrimshawTask


def main():
    torch.manual_seed(11)
    dm = StrokeDataModule(n_train=32, n_val=8, steps=9, n_styles=3, batch_size=4)
    task = ScrimshawTask(n_in=4, hidden=8, n_styles=3, lr=5e-3)
    loop = Loop(max_epochs=2, val_check_interval=3)
    loop.fit(task, dm)
    print("best val acc", max(task.val_acc_history))


if __name__ == "__main__":
    main()
