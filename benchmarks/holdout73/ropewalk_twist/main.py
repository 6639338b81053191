# expect: crash
"""Rope-walk twist tension model: predicts strand tension from spindle speed traces."""
import torch
from torch import nn

from ropewalk import EpochValidator, HistoryLogger, Runner, TrainMode


class TwistNet(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.RNN(3, hidden, batch_first=True, nonlinearity="tanh")
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1])


def batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 8, 3, generator=g), torch.randn(4, 1, generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(5)
    validator = EpochValidator(batches(2, 9))
    history = HistoryLogger()
    runner = Runner(TwistNet(), callbacks=[TrainMode(), validator, history])
    runner.run(batches(3, 4), epochs=3)
    print("val", [round(s, 3) for s in validator.scores], "steps", len(history.losses))
