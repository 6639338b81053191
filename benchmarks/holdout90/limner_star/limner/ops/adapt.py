import torch.nn.functional as F

__all__ = ["prepare", "adapt_step"]


def prepare(model):
    return model.train()


def adapt_step(model, opt, x, y):
    opt.zero_grad()
    loss = F.binary_cross_entropy(model(x), y)
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()
