import torch
import torch.nn as nn
import torch.nn.functional as F

N_POSITIONS = 8  # arm angles in 45 degree steps


class FlagPolicy(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.hidden = hidden
        self.embed = nn.Linear(N_POSITIONS, hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.logits = nn.Linear(hidden, N_POSITIONS)

    def relaxed_rollout(self, batch, length, tau):
        h = torch.zeros(batch, self.hidden)
        prev = torch.zeros(batch, N_POSITIONS)
        outs = []
        for _ in range(length):
            h = self.cell(torch.tanh(self.embed(prev)), h)
            prev = F.gumbel_softmax(self.logits(h), tau=tau, hard=False)
            outs.append(prev)
        return torch.stack(outs, 1)
