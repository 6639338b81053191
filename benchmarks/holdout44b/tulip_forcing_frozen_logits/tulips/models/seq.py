import torch.nn as nn

from ..registry import register_model


@register_model("gru_clf")
class GRUClassifier(nn.Module):
    def __init__(self, features, hidden):
        super().__init__()
        self.gru = nn.GRU(features, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, 2)

    @classmethod
    def from_config(cls, cfg):
        return cls(cfg["features"], cfg["hidden"])

    def forward(self, temps):
        _, h = self.gru(temps)
        return self.logits(h[-1])
