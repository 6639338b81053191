import torch
from torch import nn

from .net import BrineNet


def pretrain(path, data):
    model = BrineNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for x, y in data:
        opt.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        err = sum(nn.functional.l1_loss(model(x), y).item() for x, y in data) / len(data)
    torch.save(model.state_dict(), path)
    return err


def load_for_finetune(path):
    model = BrineNet()
    model.load_state_dict(torch.load(path))
    return model


def finetune(model, data):
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    losses = []
    for x, y in data:
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return losses
