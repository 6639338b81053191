import torch.nn as nn


class InputAdapter(nn.Module):
    """Trainable domain adapter applied to the frozen encoder's embeddings."""

    def __init__(self, dim=8):
        super().__init__()
        self.proj = nn.Linear(dim, dim)

    def forward(self, e):
        return e + self.proj(e)
