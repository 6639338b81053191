# expect: clean
"""A debugging helper that switches the model to eval mode is defined but never called."""
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.LSTM(3, 6, batch_first=True)
head = nn.Linear(6, 1)


def debug_predictions(n=2):
    model.eval()
    with torch.no_grad():
        print(head(model(torch.randn(n, 4, 3))[0][:, -1]).squeeze(-1).tolist())


opt = torch.optim.Adam([*model.parameters(), *head.parameters()])
for epoch in range(2):
    x, y = torch.randn(4, 4, 3), torch.randn(4, 1)
    loss = nn.functional.mse_loss(head(model(x)[0][:, -1]), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print(loss.item())
