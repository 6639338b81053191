import torch

__all__ = ["fit"]


def prepare(model):
    """Get a model ready for another round of fitting."""
    return model.train()


def fit(model, batches, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for x, y in batches:
        loss = torch.nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()
