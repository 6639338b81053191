# expect: clean
import torch

from press import InkSpreadNet
from press.training import *
from press.serving import *


def run():
    torch.manual_seed(7)
    model = prepare(InkSpreadNet())
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    losses = [step(model, opt, torch.randn(3, 5, 2), torch.randn(3, 1)) for _ in range(3)]
    print("losses", [round(v, 3) for v in losses])
    print("pred", predict(model, torch.randn(2, 5, 2)).shape)


run()
