# expect: crash
import torch

from foundry import BellToneNet, Trainer, refine


def data(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 5, 2, generator=g), torch.randn(4, 3, generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(12)
    trainer = Trainer(BellToneNet())
    train, val = data(3, 0), data(2, 1)
    for epoch in range(3):
        trainer.train_epoch(train)
        print("epoch", epoch, "val", round(trainer.evaluate(val), 4))
    best = trainer.best_model
    print("refined", refine(best, train + val))
