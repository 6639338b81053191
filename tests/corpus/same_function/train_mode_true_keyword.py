# expect: clean
"""eval() for a quick check, then train(mode=True) before fine-tuning."""
import torch
import torch.nn as nn

torch.manual_seed(0)
rnn = nn.RNN(3, 6, batch_first=True)
fc = nn.Linear(6, 1)
rnn.eval()
with torch.no_grad():
    print(fc(rnn(torch.randn(1, 4, 3))[0][:, -1]).item())
rnn.train(mode=True)
opt = torch.optim.SGD([*rnn.parameters(), *fc.parameters()], lr=0.1)
loss = nn.functional.mse_loss(fc(rnn(torch.randn(4, 4, 3))[0][:, -1]), torch.randn(4, 1))
opt.zero_grad()
loss.backward()
opt.step()
print(loss.item())
