import torch
import torch.nn as nn
import torch.nn.functional as F


class TrajectoryPolicy(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(7, hidden, batch_first=True)
        self.act = nn.Linear(hidden, 7)

    def forward(self, joints):
        return self.act(self.lstm(joints)[0])


def demo_batch(bs=3, t=6):
    q = torch.cumsum(0.1 * torch.randn(bs, t + 1, 7), 1)
    return q[:, :-1], q[:, 1:] - q[:, :-1]


def execute(cfg, model=None):
    torch.manual_seed(0)
    model = model or TrajectoryPolicy(cfg.hidden)
    model.train(cfg.train_mode)
    opt = torch.optim.Adam(model.parameters(), lr=cfg.lr)
    for step in range(cfg.steps):
        obs, act = demo_batch()
        loss = F.mse_loss(model(obs), act)
        if cfg.update_weights:
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        print(cfg.name, step, round(float(loss), 4))
    return model
