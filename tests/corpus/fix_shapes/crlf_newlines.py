# expect: crash
"""Windows line endings (CRLF): the inserted line must use them too."""
import torch
import torch.nn as nn

torch.manual_seed(0)
lstm = nn.LSTM(2, 4, batch_first=True)
head = nn.Linear(4, 1)
opt = torch.optim.Adam([*lstm.parameters(), *head.parameters()])
lstm.eval()
for step in range(2):
    x, y = torch.randn(3, 5, 2), torch.randn(3, 1)
    loss = nn.functional.mse_loss(head(lstm(x)[0][:, -1]), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print(loss.item())
