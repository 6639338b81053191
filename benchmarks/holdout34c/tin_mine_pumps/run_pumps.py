# expect: crash
import torch

from pumphouse import Loop, ShaftLevelLSTM, default_callbacks

torch.manual_seed(2)


def readings(n, batch=4, hours=8):
    out = []
    for _ in range(n):
        x = torch.randn(batch, hours, 4)
        out.append((x, x[:, -3:, 1].mean(1) + 0.05 * torch.randn(batch)))
    return out


if __name__ == "__main__":
    loop = Loop(ShaftLevelLSTM(), readings(4), readings(2), callbacks=default_callbacks())
    loop.fit(epochs=2)
