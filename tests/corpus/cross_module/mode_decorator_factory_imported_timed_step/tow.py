# expect: crash
"""Hawser tension: the stepper's validate() is decorated with a mode factory from another module,
`@in_mode(False)`, which leaves the model in eval mode; train_step() assumes training mode, so the next epoch's
backward runs through the GRU's eval-mode forward. train_step() is itself wrapped by a timing decorator of that module
(`wrapper(self, *args)`): the fix names the stepper, not the first argument."""
import torch
import torch.nn as nn

from towing import Stepper


class TensionNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1]).squeeze(-1)


torch.manual_seed(0)
stepper = Stepper(TensionNet())
val = (torch.randn(4, 6, 3), torch.randn(4))
for epoch in range(2):
    for _ in range(2):
        x, y = torch.randn(4, 6, 3), torch.randn(4)
        stepper.train_step(x, y)  # TM001-here
    print(epoch, stepper.validate(*val))
