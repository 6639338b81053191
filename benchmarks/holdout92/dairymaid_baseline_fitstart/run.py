# expect: clean
import torch

from dairy import BaselineScore, MilkYieldModule, Trainer


def herd_batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(6, 7, 5, generator=g), torch.randn(6, generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(3)
    baseline = BaselineScore(herd_batches(2, 11))
    trainer = Trainer(max_epochs=2, callbacks=[baseline])
    module = MilkYieldModule()
    trainer.fit(module, herd_batches(4, 5))
    print("baseline mse", round(baseline.score, 4), "last loss", round(module.logged["train_loss"][-1], 4))
