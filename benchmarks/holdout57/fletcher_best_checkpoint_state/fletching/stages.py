import torch
import torch.nn.functional as F


def shots(n, seed, frames=8, channels=4):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, frames, channels, generator=g)
    drift = torch.stack([x[..., 0].sum(1), x[..., 1].sum(1)], dim=1) * 0.1
    return x, drift


@torch.no_grad()
def validate(model, data):
    model.eval()
    x, y = data
    return F.mse_loss(model(x), y).item()


def pretrain(model, train, val, ckpt, epochs, bs=4):
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    x, y = train
    for epoch in range(epochs):
        model.train()
        for i in range(0, len(x), bs):
            opt.zero_grad()
            F.mse_loss(model(x[i:i + bs]), y[i:i + bs]).backward()
            opt.step()
        ckpt.update(model, validate(model, val))


def finetune(model, data, steps, lr=1e-3):
    opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    x, y = data
    losses = []
    for _ in range(steps):
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return losses
