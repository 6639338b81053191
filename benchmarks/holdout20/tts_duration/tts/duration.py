import torch
import torch.nn as nn


class DurationPredictor(nn.Module):
    def __init__(self, dim, kernel=3):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv1d(dim, dim, kernel, padding=kernel // 2), nn.ReLU(), nn.Dropout(0.1),
            nn.Conv1d(dim, dim, kernel, padding=kernel // 2), nn.ReLU(),
        )
        self.proj = nn.Linear(dim, 1)

    def forward(self, enc):
        return self.proj(self.net(enc.transpose(1, 2)).transpose(1, 2)).squeeze(-1)


def train_duration_predictor(encoder, predictor, batches, epochs):
    opt = torch.optim.Adam(predictor.parameters(), lr=1e-3)
    predictor.train()
    for ep in range(epochs):
        for phonemes, durations in batches:
            enc = encoder(phonemes)
            loss = nn.functional.mse_loss(predictor(enc), torch.log1p(durations.float()))
            opt.zero_grad()
            loss.backward()
            opt.step()
        print("epoch", ep, "dur loss", round(loss.item(), 4))
