import torch
import torch.nn as nn


class RewardModel(nn.Module):
    def __init__(self, n_lines=5, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(n_lines, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, sched):
        return self.score(self.lstm(sched)[0][:, -1]).squeeze(-1)


def load_reward_model(n_lines=5):
    torch.manual_seed(11)
    rm = RewardModel(n_lines)
    rm.requires_grad_(False)
    return rm.eval()
