# expect: clean
"""Cocoa-bean fermentation box: predict the day to turn the beans from probe
temperatures. Evaluation helpers are decorated with @timed and @inference."""
import torch

from trainer import CocoaTrainer

torch.manual_seed(21)
trainer = CocoaTrainer()
for day in range(3):
    trainer.train_day()
    print(day, trainer.report())
print(trainer.timings)
