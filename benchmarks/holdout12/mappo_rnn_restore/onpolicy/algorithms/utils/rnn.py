import torch
import torch.nn as nn


class RNNLayer(nn.Module):
    def __init__(self, inputs_dim, outputs_dim, recurrent_N):
        super().__init__()
        self._recurrent_N = recurrent_N
        self.rnn = nn.GRU(inputs_dim, outputs_dim, num_layers=self._recurrent_N)
        self.norm = nn.LayerNorm(outputs_dim)

    def forward(self, x, hxs, masks):
        x, hxs = self.rnn(x.unsqueeze(0), (hxs * masks.unsqueeze(-1)).transpose(0, 1).contiguous())
        return self.norm(x.squeeze(0)), hxs.transpose(0, 1)
