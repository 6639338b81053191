import copy

import torch


class ShadowEvaluator:
    """Scores a frozen snapshot so evaluation never disturbs the live model."""

    def after_epoch(self, trainer):
        shadow = copy.deepcopy(trainer.model).eval()
        x, y = trainer.val_data
        with torch.no_grad():
            trainer.metrics["val_mae"].append((shadow(x) - y).abs().mean().item())
        trainer.metrics["snapshots"].append(shadow)
