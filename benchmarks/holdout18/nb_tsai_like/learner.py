"""A tiny tsai-like Learner: fit_one_cycle, get_preds and a GRU-FCN model."""
import torch
import torch.nn as nn


class GRUFCN(nn.Module):
    def __init__(self, c_in, c_out, hidden=8):
        super().__init__()
        self.gru = nn.GRU(c_in, hidden, batch_first=True)
        self.conv = nn.Conv1d(c_in, 4, 3, padding=1)
        self.fc = nn.Linear(hidden + 4, c_out)

    def forward(self, x):  # x: (B, C, T)
        r = self.gru(x.transpose(1, 2))[0][:, -1]
        c = torch.relu(self.conv(x)).mean(-1)
        return self.fc(torch.cat([r, c], -1))


class Learner:
    def __init__(self, X, y, model, lr=1e-2):
        self.X, self.y, self.model = X, y, model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def fit_one_cycle(self, n_epoch, lr_max=1e-2):
        sched = torch.optim.lr_scheduler.OneCycleLR(self.opt, lr_max, total_steps=n_epoch)
        for epoch in range(n_epoch):
            self.model.train()
            self.opt.zero_grad()
            loss = nn.functional.cross_entropy(self.model(self.X), self.y)
            loss.backward()
            self.opt.step()
            sched.step()
        return loss.item()

    def get_preds(self):
        self.model.eval()
        with torch.no_grad():
            return self.model(self.X).softmax(-1)
