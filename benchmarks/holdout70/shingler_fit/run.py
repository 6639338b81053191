# expect: crash
import torch

from shingler import RoofNet, Trainer


def make_batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 6, 5, generator=g), torch.randint(0, 3, (4,), generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(0)
    trainer = Trainer(RoofNet(), max_epochs=2)
    trainer.fit(make_batches(3, 1), make_batches(2, 2))
    print("done")
