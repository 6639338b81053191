# expect: clean
"""Kittiwake colony counts: estimate nest occupancy per ledge from a week of
time-lapse activity summaries, with few labelled ledges.

Mean-teacher consistency: the EMA teacher labels unlabelled ledges; callbacks
registered in a list run at the end of each epoch.
"""
import torch

from colony import EMAUpdate, LedgeNet, MeanTeacherTrainer, PrintMetrics, ValidateStudent, ledges


def main():
    torch.manual_seed(23)
    student = LedgeNet(hidden=10)
    trainer = MeanTeacherTrainer(student, lr=4e-3, consistency=0.5)
    trainer.callbacks += [EMAUpdate(decay=0.9), ValidateStudent(ledges(8)), PrintMetrics()]
    trainer.fit(labelled=ledges(12), unlabelled=ledges(20), epochs=3)


if __name__ == "__main__":
    main()
