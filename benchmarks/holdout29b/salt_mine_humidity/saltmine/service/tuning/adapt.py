import torch
import torch.nn.functional as F


def online_adapt(model, x, y, steps):
    model.training = True  # re-enable training behaviour for the update
    opt = torch.optim.SGD(model.parameters(), lr=1e-2)
    loss = None
    for _ in range(steps):
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return float(loss)
