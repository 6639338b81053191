import torch
import torch.nn.functional as F


def adapt_on_wall(model, history, steps=2, lr=1e-2):
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.SGD(params, lr=lr)
    for _ in range(steps):
        pred, _ = model(history[:, :-1])
        loss = F.mse_loss(pred, history[:, 1:])
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        _, growth = model(history)
    return growth.item()
