import torch
import torch.nn.functional as F


def pretrain(model, data):
    x, y = data
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    loss = F.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()


@torch.no_grad()
def evaluate(model, data):
    model.eval()
    x, y = data
    return F.mse_loss(model(x), y).item()


def finetune(model, data, steps=2):
    x, y = data
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    for _ in range(steps):
        loss = F.mse_loss(model(x[:4]), y[:4])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return round(loss.item(), 4)
