import torch.nn as nn


class FrozenBackboneMixin(nn.Module):
    """`self.backbone` is pretrained: frozen, and kept in eval mode by `train()`."""

    backbone: nn.Module

    def freeze_backbone(self):
        self.backbone.requires_grad_(False)
        self.backbone.eval()

    def train(self, mode=True):
        super().train(mode)
        self.backbone.eval()
        return self
