from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class DipSchedule:
    dips: int = 9
    features: int = 3  # fat temperature, dwell seconds, cooling seconds


class BurnTimeLSTM(nn.Module):
    def __init__(self, schedule: DipSchedule, hidden: int = 10):
        super().__init__()
        self.schedule = schedule
        self.norm = nn.LayerNorm(schedule.features)
        self.lstm = nn.LSTM(schedule.features, hidden, batch_first=True)
        self.minutes = nn.Linear(hidden, 1)

    def forward(self, dips: torch.Tensor) -> torch.Tensor:
        seq, _ = self.lstm(self.norm(dips))
        return self.minutes(seq[:, -1]).squeeze(-1)
