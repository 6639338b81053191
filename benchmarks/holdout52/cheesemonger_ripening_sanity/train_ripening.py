# expect: clean
"""Cheesemonger ripening-stage classifier.

Builds the data module, the task and the trainer and hands over to ``Trainer.fit``.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from cheese import RipeningTask, Trainer, WheelDataModule  # noqa: E402


def main():
    data = WheelDataModule(n_wheels=24, days=7, sensors=4, batch_size=6, seed=3)
    task = RipeningTask(sensors=4, hidden=8, stages=3, lr=5e-3)
    trainer = Trainer(max_epochs=2, num_sanity_val_steps=1, log_every=2)
    trainer.fit(task, data)
    print("best val acc", round(trainer.best_metric, 3))


if __name__ == "__main__":
    main()
