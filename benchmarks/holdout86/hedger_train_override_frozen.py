# expect: clean
"""Hedge-laying growth model: a pretrained GRU encoder kept in eval by an overridden train()."""
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(4)


class Encoder(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)

    def forward(self, x):
        return self.gru(self.embed(x))[0][:, -1]


class HedgeModel(nn.Module):
    def __init__(self, encoder, freeze_encoder=True):
        super().__init__()
        self.encoder = encoder
        self.freeze_encoder = freeze_encoder
        self.head = nn.Linear(8, 1)
        if freeze_encoder:
            for p in self.encoder.parameters():
                p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        if self.freeze_encoder:
            self.encoder.eval()  # keep encoder statistics fixed
        return self

    def forward(self, x):
        return self.head(self.encoder(x)).squeeze(-1)


def fit(model, data, epochs=2):
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=1e-2)
    for _ in range(epochs):
        model.train()
        for x, y in data:
            opt.zero_grad()
            loss = F.mse_loss(model(x), y)
            loss.backward()
            opt.step()
    return loss.item()


if __name__ == "__main__":
    enc = Encoder()
    model = HedgeModel(enc)
    data = [(torch.randn(4, 6, 4), torch.randn(4)) for _ in range(3)]
    print("loss", fit(model, data))
