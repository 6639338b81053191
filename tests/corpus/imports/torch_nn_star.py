# expect: crash
"""`from torch.nn import *`: the GRU is named without its module; eval() at the end of each epoch."""
import torch
from torch.nn import *


class Tagger(Module):
    def __init__(self):
        super().__init__()
        self.rnn = GRU(5, 10, batch_first=True)
        self.out = Linear(10, 3)

    def forward(self, x):
        return self.out(self.rnn(x)[0])


torch.manual_seed(0)
tagger = Tagger()
opt = torch.optim.Adam(tagger.parameters())
for epoch in range(2):
    x = torch.randn(2, 4, 5)
    loss = tagger(x).logsumexp(-1).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    tagger.eval()
