# expect: clean
"""Silt-out risk from cave-diving line surveys, driven by a generator that owns the mode.

`phases()` yields ("train", batch) and ("val", batch) items and switches the network's mode
between yields: eval() right before the first validation item and train() right before the
first training item of the next epoch. The consumer never touches the mode itself; the model
is reached through a property.
"""
import torch
from torch import nn
from torch.nn import functional as F


class SurveyLSTM(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)  # depth, compass bearing (sin), passage width
        self.risk = nn.Linear(hidden, 1)

    def forward(self, legs):
        h, _ = self.lstm(legs)
        return self.risk(h[:, -1]).squeeze(-1)


def survey(bs=5, T=9):
    x = torch.randn(bs, T, 3)
    y = (x[:, :, 2].mean(1) < -0.2).float()
    return x, y


class DiveSession:
    def __init__(self, epochs=3, n_train=3, n_val=2):
        self._model = SurveyLSTM()
        self.epochs, self.n_train, self.n_val = epochs, n_train, n_val
        self.opt = torch.optim.Adam(self._model.parameters(), lr=5e-3)

    @property
    def net(self):
        return self._model

    def phases(self):
        val_set = [survey() for _ in range(self.n_val)]
        for epoch in range(self.epochs):
            self.net.train()
            for _ in range(self.n_train):
                yield epoch, "train", survey()
            self.net.eval()
            for batch in val_set:
                yield epoch, "val", batch

    def run(self):
        val_losses = {}
        for epoch, phase, (x, y) in self.phases():
            if phase == "train":
                loss = F.binary_cross_entropy_with_logits(self.net(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
            else:
                with torch.no_grad():
                    val_losses.setdefault(epoch, []).append(
                        F.binary_cross_entropy_with_logits(self.net(x), y).item())
        return {e: round(sum(v) / len(v), 4) for e, v in val_losses.items()}


if __name__ == "__main__":
    torch.manual_seed(27)
    print("val loss per epoch", DiveSession().run())
