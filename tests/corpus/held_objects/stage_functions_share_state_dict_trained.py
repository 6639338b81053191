# expect: clean
"""Weight averaging for a sled-dog gait model, run as stage functions that hand each other a state dict: one stage
builds the averaged model into state["avg"], the next scores it in eval mode, the last puts it back in train
mode before polishing it."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Gait(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


def average(state):
    avg = Gait()
    sds = [m.state_dict() for m in state["models"]]
    avg.load_state_dict({k: sum(sd[k] for sd in sds) / len(sds) for k in sds[0]})
    state["avg"] = avg


def score(state):
    model = state["avg"]
    model.eval()
    with torch.no_grad():
        state["score"] = float(model(torch.randn(3, 5, 4)).mean())


def polish(state):
    model = state["avg"]
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    loss = F.mse_loss(model(torch.randn(3, 5, 4)), torch.randn(3, 1))
    opt.zero_grad()
    loss.backward()
    opt.step()


state = {"models": [Gait() for _ in range(3)]}
for stage in (average, score, polish):
    stage(state)
print(state["score"])
