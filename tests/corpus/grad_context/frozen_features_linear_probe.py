# expect: clean
"""A frozen LSTM encoder in eval under no_grad extracts features; only a linear probe is trained."""
import torch
import torch.nn as nn

torch.manual_seed(0)
encoder = nn.LSTM(8, 16, batch_first=True)
encoder.eval()
probe = nn.Linear(16, 3)
opt = torch.optim.Adam(probe.parameters(), lr=1e-2)
for _ in range(3):
    x, y = torch.randn(10, 6, 8), torch.randint(0, 3, (10,))
    with torch.no_grad():
        features = encoder(x)[0][:, -1]
    loss = nn.functional.cross_entropy(probe(features), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print(loss.item())
