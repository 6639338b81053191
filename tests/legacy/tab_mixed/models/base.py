"""Part of a Python 2 project: SpatioTemporal.__init__ mixes tabs and spaces (a TabError in Python 3)."""
import torch
import torch.nn as nn


class SpatioTemporal(nn.Module):
    def __init__(self, features=5, rnn='lstm'):
        super(SpatioTemporal, self).__init__()
        self.proj = nn.Linear(3, features)
	# the recurrent part: an LSTM or a plain RNN
	if rnn == 'lstm':
            self.rnn = nn.LSTM(input_size=features, \
                               hidden_size=16, \
                               batch_first=True)
        else:
            self.rnn = nn.RNN(input_size=features, hidden_size=16, batch_first=True)

    def forward(self, traj):
        return self.rnn(self.proj(traj))[0][:, -1]
