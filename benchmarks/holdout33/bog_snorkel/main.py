# expect: crash
"""Bog-snorkelling championships: predict a swimmer's final lap time from the first
lengths (stroke rate, heart rate, water temperature).

Each epoch ends with a "race-day rehearsal": the model is scored in inference
mode, then the rehearsal loss is used as a small extra update, as the team's
coach asked.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from snorkel_timing import LapTimeModel, SnorkelTrainer  # noqa: E402


if __name__ == "__main__":
    torch.manual_seed(21)
    trainer = SnorkelTrainer(LapTimeModel(hidden=6), rehearsal_weight=0.1)
    for epoch in range(2):
        print(trainer.run_epoch(epoch))
