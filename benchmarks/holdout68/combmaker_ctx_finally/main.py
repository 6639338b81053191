# expect: clean
import torch
from torch import nn

from combworks import Plateau, PlateauReached, ToothGapNet, evaluating


def batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 6, 3, generator=g), torch.randn(4, generator=g)) for _ in range(n)]


def run_epoch(model, opt, data):
    crit = nn.MSELoss()
    for x, y in data:
        opt.zero_grad()
        loss = crit(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(4)
    model = ToothGapNet()
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    train, val = batches(3, 0), batches(2, 1)
    stopper = Plateau(patience=1)
    stage = "coarse"
    for epoch in range(4):
        run_epoch(model, opt, train)
        try:
            with evaluating(model), torch.no_grad():
                stopper(sum(nn.functional.mse_loss(model(x), y).item() for x, y in val) + 1.0 * (epoch > 0))
        except PlateauReached:
            if stage == "fine":
                break
            stage = "fine"
            for group in opt.param_groups:
                group["lr"] *= 0.1
    print("stopped in stage", stage, "epoch", epoch)


if __name__ == "__main__":
    main()
