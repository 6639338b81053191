# expect: crash
"""Drystone waller: predict bulge (collapse risk) of a dry-stone wall section from
settlement-gauge sequences. Builds a task and a trainer and calls fit()."""
import torch

from dry import BulgeTask, Trainer, wall_sections

if __name__ == "__main__":
    torch.manual_seed(29)
    task = BulgeTask(n_gauges=4, hidden=8, lr=4e-3)
    trainer = Trainer(max_epochs=2, val_check_interval=2)
    trainer.fit(task, wall_sections(24, 4), wall_sections(8, 4))
    print("logged:", {k: round(v, 4) for k, v in task.logged.items()})
