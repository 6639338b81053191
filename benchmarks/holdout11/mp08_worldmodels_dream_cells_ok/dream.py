import torch
import torch.nn as nn


class Controller(nn.Module):
    def __init__(self, latents=4, hiddens=16, actions=2):
        super().__init__()
        self.fc = nn.Linear(latents + hiddens, actions)

    def forward(self, z, h):
        return torch.tanh(self.fc(torch.cat([z, h], -1)))


def dream_rollout(cell, controller, z0, horizon=6):
    """Differentiable dream: gradients reach the controller through the LSTMCell-based MDRNN."""
    cell.eval()
    hidden = (torch.zeros(z0.size(0), 16), torch.zeros(z0.size(0), 16))
    z, total = z0, 0.0
    for _ in range(horizon):
        a = controller(z, hidden[0])
        mus, sigmas, logpi, reward, done, hidden = cell(a, z, hidden)
        z = (logpi.exp().unsqueeze(-1) * mus).sum(-2)
        total = total + reward.mean()
    return total
