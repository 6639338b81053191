# expect: clean
"""The loop sorts its callbacks by `order` and fires `on_epoch_end` through getattr(cb, hook)(...). The
Validator is listed first but has order 20, so the SaliencyLogger (order 10) runs first: its input gradient goes
through the LSTM while it is still in train mode (set at the top of the epoch); the Validator's eval() comes
after it and the next epoch calls train() again."""
import torch
import torch.nn as nn

from callbacks import SaliencyLogger, Validator
from loop import Loop


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


torch.manual_seed(0)
model = Tagger()
train = [(torch.randn(4, 6, 5), torch.randint(0, 3, (4,))) for _ in range(3)]
val = [(torch.randn(4, 6, 5), torch.randint(0, 3, (4,)))]
loop = Loop(model, torch.optim.SGD(model.parameters(), lr=0.05), [Validator(val), SaliencyLogger()])
loop.fit(train)
