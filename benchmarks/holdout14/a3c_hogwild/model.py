import torch
import torch.nn as nn


class ActorCritic(nn.Module):
    def __init__(self, num_inputs, num_actions):
        super().__init__()
        self.fc = nn.Linear(num_inputs, 16)
        self.lstm = nn.LSTM(16, 16)
        self.critic_linear = nn.Linear(16, 1)
        self.actor_linear = nn.Linear(16, num_actions)

    def forward(self, inputs):
        x, (hx, cx) = inputs
        out, (hx, cx) = self.lstm(torch.relu(self.fc(x)).view(1, 1, -1), (hx, cx))
        out = out.view(1, -1)
        return self.critic_linear(out), self.actor_linear(out), (hx, cx)
