# expect: crash
"""Morse decoding: sensitivity of each decoded symbol to each keying sample via torch.func.jacrev."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(6)


class MorseDecoder(nn.Module):
    def __init__(self, hidden=8, symbols=5):
        super().__init__()
        self.rnn = nn.LSTM(1, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, symbols)

    def forward(self, keying):
        o, _ = self.rnn(keying)
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


sens = jacrev(symbol_scores)(signal[0])  # TM002-here
print("sensitivity", tuple(sens.shape), sens.abs().mean().item())
