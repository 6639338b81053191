# expect: clean
"""Blacksmith anvil-strike classifier; hammer acoustics -> strike quality."""
import torch

from blacksmith.callbacks import PredictionDump, ProgressPrinter
from blacksmith.module import StrikeModule
from blacksmith.trainer import MiniTrainer


def random_split(n, steps=7, feats=3, batch=4, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(batch, steps, feats, generator=g), torch.randint(0, 3, (batch,), generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(3)
    module = StrikeModule(feats=3, hidden=12, classes=3)
    trainer = MiniTrainer(max_epochs=3, callbacks=[ProgressPrinter(), PredictionDump(every=1)])
    trainer.fit(module, random_split(3), random_split(2, seed=1))
    print("done", trainer.current_epoch)
