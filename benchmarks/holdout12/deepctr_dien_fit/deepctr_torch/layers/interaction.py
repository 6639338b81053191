import torch
import torch.nn as nn


class InterestEvolving(nn.Module):
    """Second GRU of DIEN. The AUGRU gate is approximated by re-weighting the GRU input with attention scores."""

    def __init__(self, input_size, gru_type="GRU"):
        super().__init__()
        self.gru_type = gru_type
        self.attention = nn.Linear(input_size * 2, 1)
        self.interest_evolution = nn.GRU(input_size, input_size, batch_first=True)

    def forward(self, query, keys):
        q = query.unsqueeze(1).expand_as(keys)
        att = torch.sigmoid(self.attention(torch.cat([q, keys], -1)))
        outputs, h = self.interest_evolution(keys * att)
        return h.squeeze(0)
