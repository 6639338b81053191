# expect: crash
"""A context-manager class for scoring: __enter__ records the mode the model had (`self.was = model.training`) and
evaluates it, __exit__ puts the recorded mode back. The model was loaded for inference (eval) before the block,
so the fine-tuning after it runs the LSTM in eval mode: the manager restores eval, not train."""
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
model.eval()  # loaded for inference
x, y = torch.randn(4, 5, 3), torch.randn(4)
with torch.no_grad(), Scoring(model) as scoring:
    print("before:", scoring(x).tolist())
opt = torch.optim.SGD(model.parameters(), lr=0.1)
loss = nn.functional.mse_loss(model(x), y)
loss.backward()  # TM001-here
opt.step()
