# expect: crash
"""Orienteering split-time model: fit on the club archive, keep the best copy, fine-tune on today's course."""
import torch

from orienteer import BaseTrainer, EarlyStoppingMixin, EvaluateMixin, LegTimeLSTM


class SplitTrainer(EarlyStoppingMixin, EvaluateMixin, BaseTrainer):
    pass


def legs(n, seed, bs=4, n_controls=8):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.rand(bs, n_controls, 4, generator=g)
        y = 3 * x[..., 0] + 2 * x[..., 1] - x[..., 2] + 0.1 * torch.randn(bs, n_controls, generator=g)
        out.append((x, y))
    return out


if __name__ == "__main__":
    torch.manual_seed(12)
    trainer = SplitTrainer(LegTimeLSTM())
    trainer.fit(legs(3, 0), legs(2, 1), epochs=3)
    trainer.restore_best()
    print(f"best val {trainer.best_val:.4f}; fine-tuning on today's course")
    print("finetune loss", round(trainer.finetune(legs(2, 5)), 4))
