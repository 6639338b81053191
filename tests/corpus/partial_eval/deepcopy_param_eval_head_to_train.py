# expect: crash
"""Dynamic evaluation adapts a deep copy of the model it is given: the copy goes to eval mode for dropout, then only
its output layer back to train mode, so the adaptation step's backward runs the GRU in eval mode."""
import copy

import torch
import torch.nn as nn


class TideGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.drop(self.gru(x)[0][:, -1]))


def dynamic_eval(model, segments, lr=1e-3):
    model = copy.deepcopy(model)
    model.eval()
    model.out.train()
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    total = 0.0
    for x, y in segments:
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        total += loss.item()
    return total / len(segments)


net = TideGRU()
print(dynamic_eval(net, [(torch.randn(2, 9, 2), torch.randn(2, 1)) for _ in range(2)]))
