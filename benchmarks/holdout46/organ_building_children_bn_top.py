# expect: clean
"""Organ building: predict the voicing correction (in cents) for a flue pipe
from the spectrum frames recorded while the voicer adjusts the languid.
Fine-tuning keeps every batch-norm statistic fixed: each top-level child that
contains a BatchNorm layer is put in eval mode after `model.train()`."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(19)


class FrameEncoder(nn.Module):
    def __init__(self, n_bins, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_bins, hidden, batch_first=True)

    def forward(self, frames):
        out, _ = self.lstm(frames)
        return out[:, -1]


class VoicingNet(nn.Module):
    def __init__(self, n_bins=6, hidden=8):
        super().__init__()
        self.norm = nn.BatchNorm1d(n_bins)
        self.encoder = FrameEncoder(n_bins, hidden)
        self.head = nn.Linear(hidden, 1)

    def forward(self, frames):
        frames = self.norm(frames.transpose(1, 2)).transpose(1, 2)
        return self.head(self.encoder(frames)).squeeze(-1)


def freeze_norm_children(model):
    for child in model.children():
        if any(isinstance(m, nn.BatchNorm1d) for m in child.modules()):
            child.eval()


def main():
    model = VoicingNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.02)
    g = torch.Generator().manual_seed(3)
    for epoch in range(2):
        model.train()
        freeze_norm_children(model)
        for _ in range(3):
            frames, cents = torch.randn(5, 9, 6, generator=g), torch.randn(5, generator=g)
            opt.zero_grad()
            loss = F.mse_loss(model(frames), cents)
            loss.backward()
            opt.step()
        print(f"epoch {epoch}: {loss.item():.3f}")


if __name__ == "__main__":
    main()
