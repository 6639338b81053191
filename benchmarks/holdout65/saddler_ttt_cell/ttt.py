import torch
import torch.nn.functional as F


def self_supervised_loss(model, x):
    z = model.encode(x)
    return F.mse_loss(model.recon(z[:, :-1]), x[:, 1:])


def adapt_and_predict(model, x, steps, lr):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for _ in range(steps):
        opt.zero_grad()
        loss = self_supervised_loss(model, x)
        loss.backward()
        opt.step()
    with torch.no_grad():
        return model.cls(model.encode(x)[:, -1]).argmax(-1)
