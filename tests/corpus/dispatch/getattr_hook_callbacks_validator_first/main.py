# expect: crash
"""The loop sorts its callbacks by `order` and fires `on_epoch_end` through getattr(cb, hook)(...). The
Validator has order 5, so it runs before the SaliencyLogger (order 10) and leaves the model in eval: the
logger's input gradient at the end of the first epoch goes through an eval-mode LSTM."""
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
