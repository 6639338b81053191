"""Model zoo: classes register themselves under a short name and are built from a config dict."""
import torch
import torch.nn as nn

MODELS = {}


def register(name):
    def deco(cls):
        MODELS[name] = cls
        return cls
    return deco


def build_model(cfg):
    cls = MODELS[cfg["arch"]]
    return cls(**cfg.get("kwargs", {}))


class _SeqClassifier(nn.Module):
    rnn_cls = None

    def __init__(self, n_features=6, hidden=12, n_classes=4, layers=1, bidirectional=False):
        super().__init__()
        self.backbone = self.rnn_cls(n_features, hidden, num_layers=layers, batch_first=True,
                                     bidirectional=bidirectional)
        width = hidden * (2 if bidirectional else 1)
        self.head = nn.Sequential(nn.LayerNorm(width), nn.Linear(width, n_classes))

    def forward(self, x):
        out, _ = self.backbone(x)
        return self.head(out.mean(dim=1))


@register("lstm")
class LSTMClassifier(_SeqClassifier):
    rnn_cls = nn.LSTM


@register("bigru")
class BiGRUClassifier(_SeqClassifier):
    rnn_cls = nn.GRU

    def __init__(self, **kw):
        super().__init__(bidirectional=True, **kw)


@register("rnn")
class ElmanClassifier(_SeqClassifier):
    rnn_cls = nn.RNN
