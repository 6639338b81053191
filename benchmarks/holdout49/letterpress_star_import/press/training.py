import torch

__all__ = ["prepare", "step"]


def prepare(model):
    """Get a model ready for a run of updates."""
    return model.train()


def step(model, opt, x, y):
    opt.zero_grad()
    loss = torch.nn.functional.mse_loss(model(x), y)
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()
