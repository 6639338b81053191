# expect: crash
"""Quarry blasting vibration: a session object's generator method owns the mode, but puts the model in train mode
only once, before the first epoch; after the first validation phase (eval) the next epoch's training batches run
in eval mode."""
import torch
import torch.nn.functional as F
from torch import nn


class VibrationNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1]).squeeze(-1)


class BlastSession:
    def __init__(self, epochs=2):
        self.model = VibrationNet()
        self.epochs = epochs
        self.opt = torch.optim.Adam(self.model.parameters(), lr=1e-2)

    def phases(self):
        val = [(torch.randn(3, 5, 2), torch.randn(3))]
        self.model.train()
        for _ in range(self.epochs):
            for _ in range(2):
                yield "train", (torch.randn(3, 5, 2), torch.randn(3))
            self.model.eval()
            for batch in val:
                yield "val", batch

    def run(self):
        for phase, (x, y) in self.phases():
            if phase == "train":
                loss = F.mse_loss(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()
            else:
                with torch.no_grad():
                    F.mse_loss(self.model(x), y)


if __name__ == "__main__":
    torch.manual_seed(4)
    BlastSession().run()
