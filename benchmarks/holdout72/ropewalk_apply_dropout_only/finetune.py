# expect: clean
import torch
from torch import nn

from ropewalk import TwistNet, quiet_stochastic_layers


def finetune(model, steps=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    for _ in range(steps):
        x = torch.randn(6, 8, 5)
        y = torch.randint(0, 3, (6,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(3)
    model = TwistNet().train()
    quiet_stochastic_layers(model)
    print("loss", round(finetune(model), 4))
