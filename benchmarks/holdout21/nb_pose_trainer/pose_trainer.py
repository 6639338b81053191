import torch
import torch.nn as nn
import torch.nn.functional as F


class PoseLSTM(nn.Module):
    def __init__(self, joints=6, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(joints, hidden, batch_first=True)
        self.out = nn.Linear(hidden, joints)

    def forward(self, past):
        return past[:, -1] + self.out(self.lstm(past)[0][:, -1])


class Trainer:
    def __init__(self, model, lr=1e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def fit_epoch(self, batches):
        self.model.train()
        for past, nxt in batches:
            loss = F.mse_loss(self.model(past), nxt)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
        return loss.item()

    @torch.no_grad()
    def predict_tta(self, past, n_aug=4):
        """Test-time augmentation: average over mirrored / jittered inputs."""
        self.model.eval()
        outs = [self.model(past + 0.01 * torch.randn_like(past)) for _ in range(n_aug)]
        return torch.stack(outs).mean(0)
