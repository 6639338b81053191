# expect: clean
import torch

from farrier.trainer import FarrierTrainer, GaitModel


def horse_windows(n_horses=3, bs=4):
    for _ in range(n_horses):
        yield torch.randn(bs, 12, 3), torch.randint(0, 2, (bs,))


if __name__ == "__main__":
    torch.manual_seed(11)
    trainer = FarrierTrainer(GaitModel())
    trainer.model.train()
    for epoch in range(2):
        losses = [trainer.train_step(x, y) for x, y in horse_windows()]
        probe = trainer.predict(torch.randn(2, 12, 3))
        print(epoch, sum(losses) / len(losses), probe[:, 1].tolist())
