# expect: clean
"""A monitoring snippet remembers the mode and restores it with train(was_training)."""
import torch
import torch.nn as nn

torch.manual_seed(0)
lstm = nn.LSTM(6, 6, batch_first=True)
opt = torch.optim.Adam(lstm.parameters())
probe = torch.randn(1, 4, 6)

for step in range(4):
    x = torch.randn(5, 4, 6)
    out, _ = lstm(x)
    loss = (out - x).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()

    was_training = lstm.training
    lstm.eval()
    with torch.no_grad():
        activation = lstm(probe)[0].norm().item()
    lstm.train(was_training)
    print(f"step {step}: probe activation {activation:.3f}")
