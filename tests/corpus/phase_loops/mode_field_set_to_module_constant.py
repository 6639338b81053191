# expect: crash
"""A fleet of restored forecasters is re-adapted in place: adapt() sets the fleet's mode field to a module-level
constant (`self.mode = ADAPT`, "adapt") and the training helper trains only when the mode reads "adapting", a name
that never matches: train(False) leaves each model in eval mode for its backward."""
import torch
import torch.nn as nn

ADAPT = "adapt"


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0]).squeeze(-1)


class Fleet:
    def __init__(self, names):
        self.models = {name: Forecaster().eval() for name in names}
        self.mode = "serve"

    def _train_one(self, model, x, y):
        model.train(self.mode == "adapting")
        opt = torch.optim.Adam(model.parameters(), lr=1e-2)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        return loss.item()

    def adapt(self, x, y):
        self.mode = ADAPT
        losses = {name: self._train_one(model, x, y) for name, model in self.models.items()}
        self.mode = "serve"
        return losses


torch.manual_seed(2)
fleet = Fleet(("north", "river"))
print(fleet.adapt(torch.randn(2, 6, 4), torch.randn(2, 6)))
