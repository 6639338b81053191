import torch.nn as nn
import torch.nn.functional as F

META_ARCH_REGISTRY = {}


def register(cls):
    META_ARCH_REGISTRY[cls.__name__] = cls
    return cls


@register
class RecurrentClassifier(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.backbone = nn.LSTM(6, cfg.MODEL.HIDDEN, batch_first=True)
        self.predictor = nn.Linear(cfg.MODEL.HIDDEN, 3)

    def forward(self, batch):
        if isinstance(batch, tuple):
            x, y = batch
        else:
            x, y = batch, None
        _, (h, _) = self.backbone(x)
        logits = self.predictor(h[-1])
        if self.training:
            return {"loss_cls": F.cross_entropy(logits, y)}
        return logits


def build_model(cfg):
    return META_ARCH_REGISTRY[cfg.MODEL.META_ARCHITECTURE](cfg)
