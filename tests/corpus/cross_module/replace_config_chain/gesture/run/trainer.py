"""One routine for every phase: the configuration says the mode and whether weights change."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(7, 8, batch_first=True)
        self.act = nn.Linear(8, 7)

    def forward(self, joints):
        return self.act(self.lstm(joints)[0])


def execute(cfg, model):
    model.train(cfg.train_mode)
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    for step in range(cfg.steps):
        q = torch.randn(3, 6, 7)
        loss = F.mse_loss(model(q), q)
        if cfg.update_weights:
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        print(cfg.name, step, round(float(loss), 4))
    return model
