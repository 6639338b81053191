# expect: clean
"""Wind-turbine gusts: `Trainer` is made by calling a class decorator from gustkit/util/ on `_Trainer`; the
decorator builds a new subclass with `type(...)` whose `fit` first calls `score`, then the original fit.
`score` puts the model back in train mode when it is done, so the fit's backward runs through a train-mode GRU."""
import torch
import torch.nn as nn

from gustkit import Trainer


class GustNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


torch.manual_seed(0)
trainer = Trainer(GustNet())
for gust in range(2):
    x, y = torch.randn(5, 8, 3), torch.randn(5, 1)
    print(gust, trainer.fit(x, y))
