# expect: clean
"""Chess-clock pacing: an @no_grad evaluator in eval mode; the sensitivity metric is a finite difference."""
import torch
import torch.nn as nn

torch.manual_seed(16)
rnn = nn.LSTM(2, 6, batch_first=True)
fc = nn.Linear(6, 1)


@torch.no_grad()
def evaluate(moves, eps=1e-3):
    rnn.eval()
    o, _ = rnn(moves)
    base = fc(o[:, -1]).sum()
    o2, _ = rnn(moves + eps)
    return ((fc(o2[:, -1]).sum() - base) / eps).item()


print(evaluate(torch.randn(3, 10, 2)))
out, _ = rnn(torch.randn(3, 10, 2))
print(out.requires_grad)
