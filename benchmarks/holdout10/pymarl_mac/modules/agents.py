import torch
import torch.nn as nn


class RNNSeqAgent(nn.Module):
    """Like pymarl's RNNAgent, but with nn.GRU so whole episodes unroll in one call."""

    def __init__(self, input_shape, args):
        super().__init__()
        self.args = args
        self.fc1 = nn.Linear(input_shape, args.rnn_hidden_dim)
        self.rnn = nn.GRU(args.rnn_hidden_dim, args.rnn_hidden_dim, batch_first=True)
        self.fc2 = nn.Linear(args.rnn_hidden_dim, args.n_actions)

    def init_hidden(self):
        return self.fc1.weight.new_zeros(1, 1, self.args.rnn_hidden_dim)

    def forward(self, inputs, hidden_state):
        x = torch.relu(self.fc1(inputs))
        h, hn = self.rnn(x, hidden_state)
        return self.fc2(h), hn


REGISTRY = {"rnn_seq": RNNSeqAgent}
