import torch
import torch.nn.functional as F


def weekly(n, seed, rain=1.0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.randn(4, 12, 2, generator=g)
        x[..., 1] *= rain
        out.append((x, (x[..., 0].cumsum(1)[:, -1] * 0.1 + x[..., 1].mean(1))))
    return out


def train_epoch(model, opt, batches, set_mode=True):
    if set_mode:
        model.train()
    total = 0.0
    for x, y in batches:
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()
        opt.step()
        total += loss.item()
    return total / len(batches)


@torch.no_grad()
def evaluate(model, batches):
    model.eval()
    return sum(F.mse_loss(model(x), y).item() for x, y in batches) / len(batches)
