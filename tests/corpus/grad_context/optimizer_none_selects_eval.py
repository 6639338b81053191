# expect: crash
"""One epoch function for both phases: `if opt is None:` evaluates, and only `if opt is not None:` steps. The
training call does not put the model back in train mode, so after the first validation its backward runs in eval."""
import torch
import torch.nn as nn


def run_epoch(model, x, y, opt=None):
    if opt is None:
        model.eval()
    loss = nn.functional.mse_loss(model(x)[0], y)
    if opt is not None:
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


torch.manual_seed(0)
model = nn.GRU(3, 4, batch_first=True)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(2, 5, 3), torch.randn(2, 5, 4)
for epoch in range(2):
    run_epoch(model, x, y, opt)
    with torch.no_grad():
        run_epoch(model, x, y)
