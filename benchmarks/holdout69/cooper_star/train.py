# expect: crash
import torch

from cooper import *


def main():
    torch.manual_seed(6)
    model = StaveLeak()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    xv, yv = torch.randn(4, 8, 2), torch.randint(0, 2, (4,)).float()
    for epoch in range(2):
        x, y = torch.randn(6, 8, 2), torch.randint(0, 2, (6,)).float()
        loss = bce(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        with evaluating(model), torch.no_grad():
            val = bce(model(xv), yv).item()
        print(epoch, round(loss.item(), 4), round(val, 4))


if __name__ == "__main__":
    main()
