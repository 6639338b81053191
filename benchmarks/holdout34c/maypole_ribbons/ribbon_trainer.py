"""Trainer shared by the ribbon-tension notebooks."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class RibbonTensionGRU(nn.Module):
    def __init__(self, n_dancers=8, hidden=12):
        super().__init__()
        self.gru = nn.GRU(n_dancers, hidden, batch_first=True)
        self.tension = nn.Linear(hidden, n_dancers)

    def forward(self, positions):
        seq, _ = self.gru(positions)
        return self.tension(seq)


class RibbonTrainer:
    def __init__(self, model, lr=1e-2, clip=1.0):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.clip = clip
        self.losses = []

    def train_epoch(self, batches):
        for positions, tension in batches:
            self.opt.zero_grad()
            loss = F.mse_loss(self.model(positions), tension)
            loss.backward()  # TM001-here
            nn.utils.clip_grad_norm_(self.model.parameters(), self.clip)
            self.opt.step()
            self.losses.append(loss.item())
        return sum(self.losses[-len(batches):]) / len(batches)
