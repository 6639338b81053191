import torch
import torch.nn.functional as F


def fit(model, data, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for x, y in data:
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model
