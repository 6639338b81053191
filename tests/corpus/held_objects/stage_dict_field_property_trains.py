# expect: clean
"""Bell tuning: a workshop object keeps its models in a dict of stages built in its constructor, the tuning
model being the one it is given; a property hands that entry out. The model came from `from_checkpoint`
(eval mode); the fine-tuning loop switches the stage's model back to train mode first."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Partials(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, strikes):
        out, _ = self.gru(strikes)
        return self.head(out[:, -1]).squeeze(-1)

    @classmethod
    def from_checkpoint(cls, state):
        model = cls()
        model.load_state_dict(state)
        return model.eval()


class Workshop:
    def __init__(self, tuner):
        self.stages = {"tune": tuner, "polish": None}
        self.opt = torch.optim.SGD(tuner.parameters(), lr=0.05)

    @property
    def tuner(self):
        return self.stages["tune"]

    def fine_tune(self, strikes, cents):
        self.tuner.train()
        for _ in range(2):
            loss = F.mse_loss(self.tuner(strikes), cents)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()


if __name__ == "__main__":
    torch.manual_seed(5)
    shop = Workshop(Partials.from_checkpoint(Partials().state_dict()))
    shop.fine_tune(torch.randn(3, 7, 2), torch.randn(3))
