import torch
import torch.nn.functional as F

__all__ = ["prepare", "fit"]


def prepare(model):
    """Get a model ready for fine-tuning."""
    model.train()
    for p in model.parameters():
        p.requires_grad_(True)
    return model


def fit(model, batches, lr=1e-3):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    history = []
    for trace, hours in batches:
        opt.zero_grad()
        loss = F.mse_loss(model(trace), hours)
        loss.backward()  # TM001-here
        opt.step()
        history.append(loss.item())
    return history
