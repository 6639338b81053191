# expect: crash
"""A step-budgeted `while` loop with validation every 4 steps that leaves the model in eval mode."""
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.LSTM(3, 6, batch_first=True)
readout = nn.Linear(6, 1)
opt = torch.optim.Adam([*model.parameters(), *readout.parameters()])
step, max_steps = 0, 8
while step < max_steps:
    x, y = torch.randn(4, 5, 3), torch.randn(4, 1)
    loss = nn.functional.mse_loss(readout(model(x)[0][:, -1]), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    step += 1
    if step % 4 == 0:
        model.eval()
        with torch.no_grad():
            print(step, readout(model(torch.randn(2, 5, 3))[0][:, -1]).mean().item())
