# expect: crash
"""Chess-clock pacing: an @no_grad evaluator re-enables grad to compute an input-sensitivity metric."""
import torch
import torch.nn as nn

torch.manual_seed(16)
rnn = nn.LSTM(2, 6, batch_first=True)
fc = nn.Linear(6, 1)


@torch.no_grad()
def evaluate(moves):
    rnn.eval()
    with torch.enable_grad():
        moves = moves.clone().requires_grad_(True)
        o, _ = rnn(moves)
        fc(o[:, -1]).sum().backward()  # TM001-here
    return moves.grad.abs().mean().item()


print(evaluate(torch.randn(3, 10, 2)))
