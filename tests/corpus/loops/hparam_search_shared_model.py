# expect: crash
"""Learning-rate search that reuses one model across trials: the second trial trains in eval mode."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


torch.manual_seed(0)
model = Net()
initial = {k: v.clone() for k, v in model.state_dict().items()}
results = {}
for lr in (1e-3, 1e-2):
    model.load_state_dict(initial)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(2):
        x, y = torch.randn(4, 5, 3), torch.randn(4, 1)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    model.eval()
    with torch.no_grad():
        results[lr] = nn.functional.mse_loss(model(torch.randn(4, 5, 3)), torch.randn(4, 1)).item()
print(min(results, key=results.get))
