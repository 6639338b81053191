# expect: crash
"""A tagger trained through a package: `TaggerLoop.evaluate` enters `phase("eval", model)`, whose
`model.train(name == "fit")` puts the model in eval mode and whose exit restores only the phase name; the
next epoch's backward then runs through an eval-mode LSTM."""
import torch
from torch import nn

from tagkit import TaggerLoop


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 8, batch_first=True)
        self.out = nn.Linear(8, 3)

    def forward(self, x):
        return self.out(self.lstm(x)[0])


batches = [(torch.randn(2, 4, 5), torch.randint(0, 3, (2, 4))) for _ in range(2)]
loop = TaggerLoop(Tagger())
for epoch in range(2):
    loop.fit_epoch(batches)  # TM001-here
    print(epoch, loop.evaluate(batches))
