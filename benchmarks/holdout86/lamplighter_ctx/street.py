# expect: crash
import contextlib

import torch
import torch.nn.functional as F

from modes import evaluating
from nets import WickLSTM

torch.manual_seed(5)


class LampOutError(Exception):
    pass


def preview(model, x):
    with evaluating(model):
        pred = model(x)
        if (pred.abs() > 0).all():
            raise LampOutError("preview aborted")
        return pred


def main():
    model = WickLSTM()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    data = [(torch.randn(3, 6, 2), torch.randn(3)) for _ in range(3)]
    with contextlib.suppress(LampOutError):
        preview(model, data[0][0])
    for x, y in data:
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    print("loss", loss.item())


if __name__ == "__main__":
    main()
