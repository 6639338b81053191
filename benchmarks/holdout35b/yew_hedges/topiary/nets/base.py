import torch.nn as nn


class FrozenBackboneMixin(nn.Module):
    """Keeps `self.backbone` frozen and in eval whatever mode the rest is in."""

    frozen_attr = "backbone"

    def freeze_backbone(self):
        for p in getattr(self, self.frozen_attr).parameters():
            p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        getattr(self, self.frozen_attr).eval()
        return self
