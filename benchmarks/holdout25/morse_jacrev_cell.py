# expect: clean
"""Morse decoding: sensitivity of each decoded symbol to each keying sample via torch.func.jacrev."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(6)


class MorseDecoder(nn.Module):
    def __init__(self, hidden=8, symbols=5):
        super().__init__()
        self.cell = nn.LSTMCell(1, hidden)
        self.hidden = hidden
        self.out = nn.Linear(hidden, symbols)

    def forward(self, keying):
        h = keying.new_zeros(keying.shape[0], self.hidden)
        c = torch.zeros_like(h)
        steps = []
        for t in range(keying.shape[1]):
            h, c = self.cell(keying[:, t], (h, c))
            steps.append(h)
        o = torch.stack(steps, 1)
        return self.out(o).log_softmax(-1)


dec = MorseDecoder()
opt = torch.optim.Adam(dec.parameters(), 1e-2)
ctc = nn.CTCLoss(blank=0)
signal = torch.rand(2, 12, 1)
targets = torch.randint(1, 5, (2, 3))
for it in range(2):
    lp = dec(signal).transpose(0, 1)
    loss = ctc(lp, targets, torch.full((2,), 12), torch.full((2,), 3))
    opt.zero_grad()
    loss.backward()
    opt.step()


def symbol_scores(sample):
    return dec(sample.unsqueeze(0))[0].max(-1).values


sens = jacrev(symbol_scores)(signal[0])
print("sensitivity", tuple(sens.shape), sens.abs().mean().item())
