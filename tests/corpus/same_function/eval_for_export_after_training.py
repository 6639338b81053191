# expect: clean
"""Train, then switch to eval for the final export-style predictions; no backward after the eval()."""
import torch
import torch.nn as nn

torch.manual_seed(0)
rnn = nn.LSTM(3, 6, batch_first=True)
head = nn.Linear(6, 1)
opt = torch.optim.Adam([*rnn.parameters(), *head.parameters()])
for step in range(3):
    x, y = torch.randn(4, 5, 3), torch.randn(4, 1)
    loss = nn.functional.mse_loss(head(rnn(x)[0][:, -1]), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
rnn.eval()
head.eval()
example = torch.randn(1, 5, 3)
traced_output = head(rnn(example)[0][:, -1])
print("exported prediction", traced_output.item())
