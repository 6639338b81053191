# expect: clean
"""Social-LSTM (Alahi et al.) style: one nn.LSTMCell stepped over time with a social pooling tensor. The model is
put in eval mode for a validation pass and then fine-tuned on the observed part of each test scene (online
adaptation) without switching back -- fine, because LSTMCell never uses the cuDNN RNN kernel."""
import torch
import torch.nn as nn


class SocialModel(nn.Module):
    def __init__(self, rnn_size=16, embedding_size=8, grid_size=2, neighborhood_size=4.0):
        super().__init__()
        self.rnn_size, self.grid_size, self.nbhd = rnn_size, grid_size, neighborhood_size
        self.cell = nn.LSTMCell(2 * embedding_size, rnn_size)
        self.input_embedding_layer = nn.Linear(2, embedding_size)
        self.tensor_embedding_layer = nn.Linear(grid_size * grid_size * rnn_size, embedding_size)
        self.output_layer = nn.Linear(rnn_size, 5)
        self.dropout = nn.Dropout(0.1)

    def social_tensor(self, pos, h):
        N = pos.size(0)
        rel = pos.unsqueeze(0) - pos.unsqueeze(1)
        cell = ((rel + self.nbhd / 2) / (self.nbhd / self.grid_size)).long().clamp(0, self.grid_size - 1)
        idx = cell[..., 0] * self.grid_size + cell[..., 1]
        onehot = nn.functional.one_hot(idx, self.grid_size ** 2).float() * (1 - torch.eye(N)).unsqueeze(-1)
        return torch.einsum("ijg,jh->igh", onehot, h).reshape(N, -1)

    def forward(self, traj):  # traj: (T, N, 2)
        N = traj.size(1)
        h = torch.zeros(N, self.rnn_size)
        c = torch.zeros(N, self.rnn_size)
        outs = []
        for t in range(traj.size(0)):
            st = self.social_tensor(traj[t], h)
            inp = torch.cat([torch.relu(self.input_embedding_layer(traj[t])),
                             torch.relu(self.tensor_embedding_layer(st))], -1)
            h, c = self.cell(self.dropout(inp), (h, c))
            outs.append(self.output_layer(h))
        return torch.stack(outs)


def gaussian_2d_nll(out, target):
    mu, log_s, rho = out[..., :2], out[..., 2:4], torch.tanh(out[..., 4])
    s = log_s.exp()
    z = (((target - mu) / s) ** 2).sum(-1) - 2 * rho * ((target - mu) / s).prod(-1)
    return (z / (2 * (1 - rho ** 2)) + log_s.sum(-1) + 0.5 * torch.log(1 - rho ** 2)).mean()


if __name__ == "__main__":
    torch.manual_seed(0)
    net = SocialModel()
    optimizer = torch.optim.RMSprop(net.parameters(), lr=3e-3)
    scenes = [torch.cumsum(torch.randn(8, 3, 2) * 0.3, 0) for _ in range(3)]
    for scene in scenes[:2]:
        loss = gaussian_2d_nll(net(scene[:-1]), scene[1:])
        optimizer.zero_grad(); loss.backward(); optimizer.step()
    net.eval()
    with torch.no_grad():
        print("val nll", gaussian_2d_nll(net(scenes[2][:-1]), scenes[2][1:]).item())
    obs = scenes[2][:5]
    for _ in range(2):
        loss = gaussian_2d_nll(net(obs[:-1]), obs[1:])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    print("adapted nll", loss.item())
