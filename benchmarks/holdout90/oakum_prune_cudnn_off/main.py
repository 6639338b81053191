# expect: clean
"""Oakum-picker fibre grading: a task object plus callbacks; the entry only calls fit()."""
import torch
from oakum.task import GradingTask
from oakum.callbacks import PruningScoreCallback, PrintCallback


def main():
    torch.manual_seed(1)
    task = GradingTask(feat=5, hidden=12, classes=4)
    cbs = [PrintCallback(), PruningScoreCallback(keep=0.8)]
    task.fit(epochs=2, callbacks=cbs)
    print("kept fraction", cbs[1].last_fraction)


if __name__ == "__main__":
    main()
