import torch
import torch.nn as nn
import torch.nn.functional as F


class SchedulePolicy(nn.Module):
    """Emits, for each departure slot, a distribution over the depot's tram lines."""

    def __init__(self, n_lines=5, hidden=12, slots=8):
        super().__init__()
        self.slots = slots
        self.start = nn.Parameter(torch.zeros(1, 1, n_lines))
        self.gru = nn.GRU(n_lines, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, n_lines)

    def rollout(self, batch, tau=0.7):
        prev = self.start.expand(batch, 1, -1)
        h, soft = None, []
        for _ in range(self.slots):
            o, h = self.gru(prev, h)
            y = F.gumbel_softmax(self.logits(o), tau=tau)
            soft.append(y)
            prev = y
        return torch.cat(soft, 1)
