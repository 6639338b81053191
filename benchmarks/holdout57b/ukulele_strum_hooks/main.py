# expect: crash
"""Ukulele strum-pattern classifier: a base trainer with overridable hooks and a
subclass that logs gradient*input relevance after each validation."""
import torch

from ukulele.models import StrumNet
from ukulele.train import RelevanceTrainer


def fake_split(n, seed):
    g = torch.Generator().manual_seed(seed)
    xs = torch.randn(n, 4, 12, 6, generator=g)
    ys = torch.randint(0, 4, (n, 4), generator=g)
    return list(zip(xs, ys))


if __name__ == "__main__":
    torch.manual_seed(37)
    trainer = RelevanceTrainer(StrumNet(), lr=5e-3, epochs=2)
    trainer.fit(fake_split(3, 0), fake_split(2, 1))
