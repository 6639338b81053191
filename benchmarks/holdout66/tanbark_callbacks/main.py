# expect: crash
"""Tanbark grading: classify bark-moisture curves into grades, with callbacks."""
import torch
import torch.nn as nn

from callbacks import PrintCallback, ValidationCallback
from trainer import LoopTrainer


class BarkRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(2, 6, batch_first=True, nonlinearity="relu")
        self.fc = nn.Linear(6, 3)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1])


if __name__ == "__main__":
    torch.manual_seed(0)
    data = [(torch.randn(5, 9, 2), torch.randint(0, 3, (5,))) for _ in range(3)]
    val = (torch.randn(4, 9, 2), torch.randint(0, 3, (4,)))
    val_cb = ValidationCallback(val)
    trainer = LoopTrainer(BarkRNN(), callbacks=[PrintCallback(), val_cb], epochs=3)
    trainer.fit(data)
    print("val acc", val_cb.scores)
