# expect: clean
"""A context-manager class for scoring: __enter__ records the mode the model had (`self.was = model.training`) and
evaluates it, __exit__ puts the recorded mode back. The model was training before the block, so the training
step after it runs in train mode again (manager_restores_recorded_eval: the model was in eval before)."""
import torch
import torch.nn as nn


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1]).squeeze(-1)


class Scoring:
    def __init__(self, model):
        self.model = model

    def __enter__(self):
        self.was = self.model.training
        self.model.eval()
        return self.model

    def __exit__(self, *exc):
        self.model.train(self.was)
        return False


model = Scorer()
model.train()
x, y = torch.randn(4, 5, 3), torch.randn(4)
with torch.no_grad(), Scoring(model) as scoring:
    print("before:", scoring(x).tolist())
opt = torch.optim.SGD(model.parameters(), lr=0.1)
loss = nn.functional.mse_loss(model(x), y)
loss.backward()
opt.step()
