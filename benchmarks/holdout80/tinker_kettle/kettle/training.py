import torch.nn.functional as F

from .model import ScaleNet

__all__ = ["load_model", "train_step"]


def load_model(hidden):
    return ScaleNet(hidden).train()


def train_step(model, opt, logs, scale):
    loss = F.mse_loss(model(logs), scale)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return round(loss.item(), 4)
