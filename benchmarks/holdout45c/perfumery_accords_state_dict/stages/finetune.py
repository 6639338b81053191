import torch

from .model import AccordNet, blotter_readings


def finetune_exported(path, epochs=1):
    model = AccordNet()
    model.load_state_dict(torch.load(path))
    opt = torch.optim.SGD(model.parameters(), lr=5e-3)
    x, y = blotter_readings(6, 1)
    losses = []
    for _ in range(epochs):
        opt.zero_grad()
        loss = torch.nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return losses
