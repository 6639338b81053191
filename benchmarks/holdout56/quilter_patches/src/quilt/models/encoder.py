import torch.nn as nn


class PatchSequenceModel(nn.Module):
    """Scores a sequence of quilt patches (colour ids); the pretrained GRU encoder stays frozen."""

    def __init__(self, n_colours=20, dim=8):
        super().__init__()
        self.embed = nn.Embedding(n_colours, dim)
        self.encoder = nn.GRU(dim, dim, batch_first=True)
        self.head = nn.Linear(dim, 1)
        for p in self.encoder.parameters():
            p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()  # frozen encoder: keep it in inference mode
        return self

    def forward(self, ids):
        h, _ = self.encoder(self.embed(ids))
        return self.head(h.mean(1)).squeeze(-1)
