import torch
import torch.nn as nn


class FlowSeq2Seq(nn.Module):
    def __init__(self, sensors, hidden, horizon):
        super().__init__()
        self.encoder = nn.GRU(sensors, hidden, batch_first=True)
        self.decoder = nn.GRU(sensors, hidden, batch_first=True)
        self.readout = nn.Linear(hidden, sensors)
        self.horizon = horizon

    def forward(self, hist):
        _, h = self.encoder(hist)
        step = hist[:, -1:]
        preds = []
        for _ in range(self.horizon):
            out, h = self.decoder(step, h)
            step = self.readout(out)
            preds.append(step)
        return torch.cat(preds, 1)
