# expect: crash
import torch

from reedlite import LiteTrainer, ReedBedModule

torch.manual_seed(8)


def make(n):
    xs = torch.randn(n, 4, 10, 2)
    ys = xs[:, :, -2:, 0].mean(-1)
    return list(zip(xs, ys))


if __name__ == "__main__":
    module = ReedBedModule()
    trainer = LiteTrainer(max_epochs=2)
    trainer.fit(module, make(3), make(2))
    print("val mae", module.val_mae)
