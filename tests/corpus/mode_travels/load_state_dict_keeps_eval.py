# expect: crash
"""Warm start: the weights of a trained model are loaded into an evaluation copy, which then gets
trained; load_state_dict does not change the mode."""

import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 2)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


trained = Tagger()
evaluator = Tagger().eval()
evaluator.load_state_dict(trained.state_dict())
opt = torch.optim.Adam(evaluator.parameters(), lr=1e-3)
loss = nn.functional.cross_entropy(evaluator(torch.randn(4, 5, 3)), torch.randint(0, 2, (4,)))
loss.backward()  # TM001-here
opt.step()
