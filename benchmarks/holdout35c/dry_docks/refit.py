# expect: crash
"""Dry-dock refit scheduler: hull-stress forecaster trained between inspections.

A ``DockContext`` carries the model, optimiser and flags between the trainer
and the inspection tools, so both see the same hull model.
"""
import torch

from drydock import DockContext, HullTrainer, StressLSTM
from drydock.inspection import survey_hull


def main():
    torch.manual_seed(8)
    ctx = DockContext.create(StressLSTM(n_gauges=5, hidden=12), lr=4e-3)
    trainer = HullTrainer(ctx)
    gauges = [torch.randn(4, 10, 5) for _ in range(3)]
    stress = [torch.randn(4, 1) for _ in range(3)]

    for shift in range(3):
        loss = trainer.train_shift(gauges, stress)
        report = survey_hull(ctx, gauges[0])
        print(f"shift {shift}: loss {loss:.4f} peak stress {report['peak']:.3f}")


if __name__ == "__main__":
    main()
