import torch.nn as nn


class StaveModel(nn.Module):
    """Pretrained acoustic encoder of barrel taps stays frozen; a small adapter and head are tuned."""

    def __init__(self, n_feat=4, hidden=8, n_cls=2, use_adapter=True):
        super().__init__()
        self.adapter = nn.Linear(n_feat, n_feat) if use_adapter else nn.Identity()
        self.encoder = nn.LSTM(n_feat, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()  # frozen encoder keeps its eval-time behaviour
        return self

    def forward(self, x):
        h, _ = self.encoder(self.adapter(x))
        return self.head(h[:, -1])
