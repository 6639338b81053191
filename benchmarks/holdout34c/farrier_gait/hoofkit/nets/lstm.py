import torch.nn as nn


class StrideLSTM(nn.Module):
    def __init__(self, channels=3, hidden=8, n_grades=4):
        super().__init__()
        self.lstm = nn.LSTM(channels, hidden, num_layers=1, batch_first=True)
        self.grade = nn.Linear(hidden, n_grades)

    def forward(self, trace):
        out, (h, _) = self.lstm(trace)
        return self.grade(h[-1])


def build_net(cfg):
    return StrideLSTM(cfg.get("channels", 3), cfg.get("hidden", 8), cfg.get("n_grades", 4))
