# expect: crash
import torch

from cooper import StaveModule, MiniTrainer, LangevinProbe


def loader(n, b=4, t=6):
    data = []
    for _ in range(n):
        x = torch.randn(b, t, 2)
        data.append((x, x.pow(2).sum((1, 2))))
    return data


if __name__ == "__main__":
    torch.manual_seed(5)
    trainer = MiniTrainer(max_epochs=2, callbacks=[LangevinProbe()])
    print(trainer.fit(StaveModule(), loader(3), loader(2)))
