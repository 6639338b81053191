# expect: crash
"""Grid search over head sizes and learning rates; every configuration fine-tunes one shared
pretrained LSTM encoder (kept at module level) and is scored on a validation split."""
import itertools

import torch
import torch.nn as nn

torch.manual_seed(21)


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(6, 10, batch_first=True)

    def forward(self, x):
        return self.lstm(x)[1][0][-1]


shared_encoder = Encoder()
train_x, train_y = torch.randn(12, 9, 6), torch.randn(12, 1)
valid_x, valid_y = torch.randn(6, 9, 6), torch.randn(6, 1)


def run_config(lr, width):
    head = nn.Sequential(nn.Linear(10, width), nn.Tanh(), nn.Linear(width, 1))
    opt = torch.optim.SGD(list(head.parameters()) + list(shared_encoder.parameters()), lr=lr)
    for i in range(0, 12, 4):
        loss = nn.functional.mse_loss(head(shared_encoder(train_x[i:i + 4])), train_y[i:i + 4])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    shared_encoder.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(head(shared_encoder(valid_x)), valid_y).item()


def grid_search(evaluate, grid):
    scores = {}
    for combo in itertools.product(*grid.values()):
        params = dict(zip(grid, combo))
        scores[combo] = evaluate(**params)
    return min(scores.items(), key=lambda kv: kv[1])


print(grid_search(run_config, {"lr": [0.01, 0.05], "width": [4, 8]}))
