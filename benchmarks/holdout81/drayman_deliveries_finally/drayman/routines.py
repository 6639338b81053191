import torch
import torch.nn.functional as F

from .modes import evaluating


def audit_batch(model, batch):
    with evaluating(model), torch.no_grad():
        if torch.isnan(batch).any():
            raise ValueError("NaN stop times in batch")
        return model(batch).mean().item()


def train_steps(model, steps):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    losses = []
    for _ in range(steps):
        x = torch.randn(4, 5, 6)
        y = x.cumsum(1)[..., 0]
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return losses
