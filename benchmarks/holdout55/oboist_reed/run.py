# expect: crash
import torch

from reedlab import ReedNet, Trainer


def make_batches(n):
    return [(torch.randn(4, 5, 6), torch.randint(0, 3, (4,))) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(0)
    trainer = Trainer(ReedNet(), epochs=2)
    trainer.fit(make_batches(3), make_batches(2))
