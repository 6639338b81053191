import torch
import torch.nn as nn

from decorators import inference, timed


class BoxNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.fc(o[:, -1]).squeeze(-1)


class CocoaTrainer:
    def __init__(self):
        self.model = BoxNet()
        self.opt = torch.optim.SGD(self.model.parameters(), lr=0.05)
        self.timings = {}
        self.val = torch.randn(4, 6, 3)

    @timed("timings")
    def train_day(self):
        for _ in range(2):
            x = torch.randn(4, 6, 3)
            loss = (self.model(x) - x[:, :, 0].sum(1)).pow(2).mean()
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()

    @timed("timings")
    @inference
    def report(self):
        return round(float(self.model(self.val).mean()), 4)
