# expect: clean
"""Truncated BPTT over a long stream, hidden state detached between chunks; train mode throughout, evaluation
under no_grad in between with the mode restored."""
import torch
import torch.nn as nn

torch.manual_seed(0)
lstm = nn.LSTM(2, 8, batch_first=True)
head = nn.Linear(8, 2)
opt = torch.optim.Adam([*lstm.parameters(), *head.parameters()])
stream = torch.randn(2, 40, 2)
state = None
for start in range(0, 40, 10):
    chunk = stream[:, start:start + 10]
    out, state = lstm(chunk, state)
    state = tuple(s.detach() for s in state)
    loss = nn.functional.mse_loss(head(out[:, :-1]), chunk[:, 1:])
    opt.zero_grad()
    loss.backward()
    opt.step()
    if start == 20:
        lstm.eval()
        with torch.no_grad():
            print("probe", lstm(stream[:, :5])[0].mean().item())
        lstm.train()
print(loss.item())
