"""Exponential moving average of a model's weights (timm ModelEmaV2 style)."""
import copy

import torch


class ModelEma:
    def __init__(self, model, decay=0.99):
        self.module = copy.deepcopy(model)
        self.module.eval()
        self.decay = decay
        for p in self.module.parameters():
            p.requires_grad_(False)

    @torch.no_grad()
    def update(self, model):
        for ema_v, model_v in zip(self.module.state_dict().values(), model.state_dict().values()):
            if ema_v.dtype.is_floating_point:
                ema_v.mul_(self.decay).add_(model_v.detach(), alpha=1 - self.decay)
            else:
                ema_v.copy_(model_v)

    def __call__(self, *args, **kwargs):
        return self.module(*args, **kwargs)
