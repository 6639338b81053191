import torch.nn as nn


class ReturnModel(nn.Module):
    """A pretrained GRU encoder kept frozen (and in eval mode by train()); a small adapter and the head learn."""

    def __init__(self, n_feat, hidden, adapter="input"):
        super().__init__()
        self.adapter_at = adapter
        self.encoder = nn.GRU(n_feat, hidden, batch_first=True)
        width = n_feat if adapter == "input" else hidden
        self.adapter = nn.Linear(width, width)
        self.head = nn.Linear(hidden, 2)
        for p in self.encoder.parameters():
            p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()
        return self

    def forward(self, x):
        if self.adapter_at == "input":
            x = x + self.adapter(x)
        z = self.encoder(x)[0][:, -1]
        if self.adapter_at == "output":
            z = z + self.adapter(z)
        return self.head(z)
