import torch
import torch.nn as nn


class RecallModel(nn.Module):
    def __init__(self, n_feat, hidden, adapter="input", freeze_encoder=True):
        super().__init__()
        self.adapter_at = adapter
        self.freeze_encoder = freeze_encoder
        self.encoder = nn.GRU(n_feat, hidden, batch_first=True)
        width = n_feat if adapter == "input" else hidden
        self.adapter = nn.Linear(width, width)
        self.head = nn.Linear(hidden, 2)
        if freeze_encoder:
            for p in self.encoder.parameters():
                p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        if self.freeze_encoder:
            self.encoder.eval()  # keep the pretrained encoder's statistics fixed
        return self

    def forward(self, x):
        if self.adapter_at == "input":
            x = x + self.adapter(x)
        h, _ = self.encoder(x)
        z = h[:, -1]
        if self.adapter_at == "output":
            z = z + self.adapter(z)
        return self.head(z)
