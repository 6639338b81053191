# expect: clean
import torch

from saddlery import PressureNet, Trainer, callbacks


def data(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(5, 7, 6, generator=g), torch.randint(0, 3, (5,), generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(9)
    val = data(1, 99)[0]
    cbs = [callbacks.Printer(), callbacks.ValScore(val), callbacks.TrainSwitch()]
    trainer = Trainer(PressureNet(), callbacks=cbs, epochs=3)
    trainer.fit(data(2, 0))
    print("val acc", cbs[1].scores)
