import torch
import torch.nn.functional as F


def season(n_fields, n_sensors, length=7):
    x = torch.randn(n_fields, length, n_sensors)
    return x, x[..., 0].cumsum(-1) * 0.2 + 0.1 * x[..., 1]


def _steps(model, data, steps, lr):
    x, y = data
    opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    losses = []
    for _ in range(steps):
        opt.zero_grad()
        loss = F.smooth_l1_loss(model(x), y)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return losses


def pretrain(model, data, steps, lr):
    model.train()
    return _steps(model, data, steps, lr)


def finetune(model, data, steps, lr):
    # the restored model comes straight from the registry
    return _steps(model, data, steps, lr)
