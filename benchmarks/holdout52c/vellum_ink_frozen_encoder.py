# expect: crash
"""Vellum ink fading: classify pigment families from spectrometer sweeps tokenised into bands.

The pretrained band encoder (an LSTM) is frozen and kept in eval mode by an overridden
train(); only the adapter head is meant to learn.
"""
import torch
from torch import nn

N_BANDS = 32


class PigmentModel(nn.Module):
    def __init__(self, hidden=12, n_classes=4):
        super().__init__()
        self.band_embed = nn.Embedding(N_BANDS, hidden)
        self.encoder = nn.LSTM(hidden, hidden, batch_first=True)
        self.adapter = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, n_classes))

    def freeze(self, *modules):
        for m in modules:
            for p in m.parameters():
                p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()
        return self

    def forward(self, bands):
        h, _ = self.encoder(self.band_embed(bands))
        return self.adapter(h.mean(1))


def main():
    torch.manual_seed(7)
    model = PigmentModel()
    model.freeze(model.encoder)
    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=1e-2)
    for step in range(4):
        bands = torch.randint(0, N_BANDS, (4, 9))
        labels = torch.randint(0, 4, (4,))
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(bands), labels)
        loss.backward()  # TM001-here
        opt.step()
        print(step, round(loss.item(), 4), "trainable tensors:", len(params))


if __name__ == "__main__":
    main()
