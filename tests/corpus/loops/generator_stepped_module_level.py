# expect: crash
"""A notebook-style script at module level: a generator owns the frozen phase and is stepped by hand. The
calibration step is taken before the phase is resumed, so its backward runs through an eval-mode LSTM."""
import torch
import torch.nn as nn


def frozen_phase(model):
    model.eval()
    yield "frozen"
    model.train()
    yield "thawed"


torch.manual_seed(0)
rnn = nn.LSTM(4, 5, batch_first=True)
head = nn.Linear(5, 2)
opt = torch.optim.Adam(list(rnn.parameters()) + list(head.parameters()), lr=0.01)
x, y = torch.randn(3, 6, 4), torch.randint(0, 2, (3,))

phases = frozen_phase(rnn)
print(next(phases))
out, _ = rnn(x)
loss = nn.functional.cross_entropy(head(out[:, -1]), y)
loss.backward()  # TM001-here
opt.step()
print(next(phases))
