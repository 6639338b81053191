# expect: crash
import torch
import torch.nn.functional as F

from metrics import *  # noqa: F401,F403
from tools import *  # noqa: F401,F403
from model import ReedBundleRNN


def main():
    torch.manual_seed(21)
    x, y = torch.randn(5, 6, 2), torch.randn(5)
    model = warm_start(ReedBundleRNN())
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for step in range(4):
        if step % 2 == 0:
            print("probe mae", round(report(model, x, y), 4))
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


if __name__ == "__main__":
    main()
