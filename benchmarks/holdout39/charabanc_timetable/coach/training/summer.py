import torch

from .data import route_batch


def finetune_summer(model, steps=2, lr=1e-3):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for step in range(steps):
        x, y = route_batch(5000 + step)
        loss = torch.nn.functional.l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
